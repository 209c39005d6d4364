package plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer of 2xx means the write is on disk: Plenary is killed with SIGKILL in the middle of a stream of writes,
 * started again on the same data, and every write it had acknowledged is there. On the embedded H2 default and,
 * where the build has one, on PostgreSQL.
 */
class CrashRecoveryTests {

    private static final String PASSWORD = "crash-test-admin-password";
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 80;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesAKillOnTheEmbeddedDatabase() throws Exception {
        // The default configuration, as `./mvnw spring-boot:run` starts it, only in a folder of the test's own.
        everyAcknowledgedWriteSurvives(List.of("--plenary.data-dir=" + data));
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillOnPostgres() throws Exception {
        assumeTrue(PostgresTestDatabase.available(), "PLENARY_TEST_PG_URL names no PostgreSQL database");
        String schema = PostgresTestDatabase.newSchema("crash_");
        everyAcknowledgedWriteSurvives(List.of(
                "--spring.datasource.url=" + PostgresTestDatabase.url(schema),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema));
    }

    private void everyAcknowledgedWriteSurvives(List<String> database) throws Exception {
        List<String> settings = new ArrayList<>(database);
        settings.addAll(List.of("--plenary.demo.enabled=false", "--plenary.admin.password=" + PASSWORD));

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (RunningPlenary plenary = RunningPlenary.start(settings, data.resolve("first.log"))) {
            writeUntilKilled(plenary, acknowledged);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (RunningPlenary plenary = RunningPlenary.start(settings, data.resolve("second.log"))) {
            assertThat(committeeNames(plenary)).containsAll(acknowledged);
        }
        // Stopped the ordinary way (SIGTERM), Plenary closes its database last: H2's own shutdown hook closed it
        // first, and the event registry's check of unfinished events at shutdown failed on a closed database.
        assertThat(Files.readString(data.resolve("second.log")))
                .doesNotContain("Database is already closed")
                .doesNotContain("Invocation of destroy method failed");
    }

    /** Writers create committees; once enough are acknowledged, the process is killed while they go on. */
    private void writeUntilKilled(RunningPlenary plenary, Set<String> acknowledged) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; !killed.get() && n < 10_000; n++) {
                    String name = "CSCAP-Crash " + writer + "-" + n;
                    if (create(plenary, name)) {
                        acknowledged.add(name);
                        enough.countDown();
                    }
                }
            });
        }
        assertThat(enough.await(90, TimeUnit.SECONDS))
                .as("enough writes acknowledged before the kill")
                .isTrue();
        plenary.kill();
        killed.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private boolean create(RunningPlenary plenary, String name) {
        String body = """
                {"name": "%s", "kind": "MEMBER_COMMITTEE"}""".formatted(name);
        try {
            HttpResponse<String> answer = http.send(
                    request(plenary, "/api/committees")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 201;
        } catch (Exception e) {
            return false; // the kill cut the request: not acknowledged, so nothing is promised
        }
    }

    private Set<String> committeeNames(RunningPlenary plenary) throws Exception {
        HttpResponse<String> answer =
                http.send(request(plenary, "/api/committees").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        Set<String> names = ConcurrentHashMap.newKeySet();
        for (JsonNode committee : json.readTree(answer.body())) {
            names.add(committee.get("name").asString());
        }
        return names;
    }

    private static HttpRequest.Builder request(RunningPlenary plenary, String path) {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(plenary.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials);
    }
}
