package plenary;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at PostgreSQL when the build asks for it (system property
 * {@code plenary.test.database=postgres}, set by the build's second test run, with the server's address in
 * {@code PLENARY_TEST_PG_URL}). Each context gets a schema of its own, so contexts never see each other's
 * records, and Flyway builds it from nothing as on a new installation.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // A test that starts contexts on a database of its own choosing (InstanceLocksTests) says so.
        if (!"postgres".equals(System.getProperty("plenary.test.database"))
                || context.getEnvironment().containsProperty("plenary.test.own-database")) {
            return;
        }
        if (!available()) {
            throw new IllegalStateException("plenary.test.database=postgres needs PLENARY_TEST_PG_URL");
        }
        String schema = newSchema("test_");
        Map<String, Object> settings = Map.of(
                "spring.datasource.url",
                url(schema),
                "spring.datasource.username",
                user(),
                "spring.datasource.password",
                password(),
                "spring.flyway.schemas",
                schema,
                "spring.flyway.default-schema",
                schema);
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("postgres-test-database", settings));
    }

    /** Whether the build names a PostgreSQL server for tests ({@code PLENARY_TEST_PG_URL}). */
    public static boolean available() {
        return !env("PLENARY_TEST_PG_URL", "").isBlank();
    }

    /** A name for a schema of a test's own, new each time. */
    public static String newSchema(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The test server's address, or the address that makes a schema the current one. */
    public static String url(String schema) {
        String url = env("PLENARY_TEST_PG_URL", "");
        return schema == null ? url : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static String user() {
        return env("PLENARY_TEST_PG_USER", "plenary");
    }

    public static String password() {
        return env("PLENARY_TEST_PG_PASSWORD", "plenary");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
