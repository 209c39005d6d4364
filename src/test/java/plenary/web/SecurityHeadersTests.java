package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.Role;

/** The headers on every answer, HSTS over TLS only, and who may read the actuator beyond health. */
@PlenaryIntegrationTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void pagesApiAnswersAndRefusalsAllCarryThePolicies() throws Exception {
        for (MockHttpServletResponse answer : new MockHttpServletResponse[] {
            mvc.perform(get("/study-groups")).andReturn().getResponse(),
            mvc.perform(get("/api/study-groups")).andReturn().getResponse(),
            mvc.perform(get("/api/people")).andReturn().getResponse()
        }) {
            assertThat(answer.getHeader("Content-Security-Policy"))
                    .contains("script-src 'self'")
                    .contains("style-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(answer.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.getHeader("Permissions-Policy"))
                    .contains("camera=()")
                    .contains("geolocation=()");
            assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void theApiBrowserAloneMayStyleInlineAndStillRunsOnlyPlenarysScripts() throws Exception {
        String policy = mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(policy).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';");
        assertThat(mvc.perform(get("/study-groups")).andReturn().getResponse().getHeader("Content-Security-Policy"))
                .contains("style-src 'self';");
    }

    @Test
    void strictTransportSecurityOnlyOverTls() throws Exception {
        assertThat(mvc.perform(get("/study-groups").secure(true))
                        .andReturn()
                        .getResponse()
                        .getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(mvc.perform(get("/study-groups")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
    }

    @Test
    void anAnonymousReaderOfAPublicPageGetsNoSession() throws Exception {
        for (String page : new String[] {"/", "/study-groups", "/reports"}) {
            assertThat(mvc.perform(get(page))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getRequest()
                            .getSession(false))
                    .as(page)
                    .isNull();
        }
    }

    @Test
    void healthIsForEveryoneAndTheRestOfTheActuatorForTheSecretariatOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").with(admin())).andExpect(status().isOk());
        for (Role role : Role.values()) {
            if (role != Role.SECRETARIAT) {
                mvc.perform(get("/actuator/metrics").with(accounts.of(role).basic()))
                        .andExpect(status().isForbidden());
                mvc.perform(get("/actuator/info").with(accounts.of(role).basic()))
                        .andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
    }
}
