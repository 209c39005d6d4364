package plenary.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells the OpenAPI document how the API is signed in: a personal API token as a bearer token (the main way), or
 * HTTP Basic with the account's password (each request then costs a bcrypt comparison).
 */
@Component
class ApiSignInSchemes implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components
                .addSecuritySchemes(
                        "token",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("plenary_<base64url>")
                                .description("A personal API token, made on the account's page or with "
                                        + "POST /api/account/tokens; scope READ (GET and HEAD) or WRITE."))
                .addSecuritySchemes(
                        "basic",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("The account's user name and password: for a quick try, as each "
                                        + "request costs a bcrypt comparison (about 100 ms).")));
        api.addSecurityItem(new SecurityRequirement().addList("token"));
        api.addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
