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
        if (!"postgres".equals(System.getProperty("plenary.test.database"))) {
            return;
        }
        String url = System.getenv("PLENARY_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("plenary.test.database=postgres needs PLENARY_TEST_PG_URL");
        }
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> settings = Map.of(
                "spring.datasource.url",
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username",
                env("PLENARY_TEST_PG_USER", "plenary"),
                "spring.datasource.password",
                env("PLENARY_TEST_PG_PASSWORD", "plenary"),
                "spring.flyway.schemas",
                schema,
                "spring.flyway.default-schema",
                schema);
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("postgres-test-database", settings));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
