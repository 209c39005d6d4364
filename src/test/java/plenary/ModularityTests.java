package plenary;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; the build writes their documentation (target/spring-modulith-docs). */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PlenaryApplication.class);

    @Test
    void modulesKeepToTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
