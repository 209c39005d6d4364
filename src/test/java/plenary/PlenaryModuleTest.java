package plenary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * A test of one module (the package of the test class) on a real database, started with the modules it uses and
 * nothing else: by default those whose beans it uses directly, and always the shared {@code web} module (security
 * and its password encoder, which the directory's accounts need; Spring Modulith counts a module that is only
 * depended on by type, as {@code web} is, as no reason to start it) and {@code instances} (the locks under which
 * the directory's first account is made, which a module using the directory does not reach directly). The other
 * modules' beans do not exist, though Flyway builds every module's tables. The modules' structure is left to
 * {@code ModularityTests}, which verifies it once for the build, rather than verified again for each module test.
 * Like {@link PlenaryIntegrationTest} it is tagged {@code db}: its datasource is the configured one, so it runs on
 * H2 and, when the build runs the {@code db} tests against PostgreSQL, in a schema of its own there
 * ({@link PostgresTestDatabase}). Its events are asserted with Spring Modulith's {@code Scenario} and
 * {@code AssertablePublishedEvents}, taken as parameters of the test methods; a scenario looks for its events at
 * once ({@link ScenariosAtOnce}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(
        extraIncludes = {"web", "instances"},
        verifyAutomatically = false)
@Tag("db")
@ExtendWith(ScenariosAtOnce.class)
public @interface PlenaryModuleTest {

    /** Which other modules start with the one under test. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode value() default BootstrapMode.DIRECT_DEPENDENCIES;
}
