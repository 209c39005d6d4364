package plenary.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import plenary.PlenaryApplication;
import plenary.PostgresTestDatabase;

/**
 * Two instances started at the same moment on one empty database, as two Spring contexts on one new database (H2 in
 * memory, or a new PostgreSQL schema in the build's PostgreSQL run): one makes the first admin and loads the demo
 * record, the other waits for it and finds them there. Neither fails to start.
 */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstanceLocksTests {

    private static final String DEMO_TITLE = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";

    @TempDir
    static Path data;

    private List<ConfigurableApplicationContext> instances = List.of();

    @BeforeAll
    void startTwoInstancesTogetherOnAnEmptyDatabase() throws Exception {
        instances = startTogether(newDatabase());
    }

    @AfterAll
    void stopThem() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void oneMadeTheFirstAdminAndLoadedTheDemoRecordAndTheOtherFoundThem() {
        JdbcClient db = JdbcClient.create(instances.get(0).getBean(DataSource.class));
        assertThat(db.sql("SELECT count(*) FROM account WHERE username = 'admin'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(db.sql("SELECT count(*) FROM study_group WHERE title = ?")
                        .param(DEMO_TITLE)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // The demo record's three meetings, once: the second instance added none of its own.
        assertThat(db.sql("SELECT count(*) FROM meeting").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void aLeaseHeldByOneInstanceIsSkippedByTheOtherAndFreeAgainAfterwards() {
        InstanceLocks first = instances.get(0).getBean(InstanceLocks.class);
        InstanceLocks second = instances.get(1).getBean(InstanceLocks.class);
        AtomicBoolean secondRan = new AtomicBoolean();
        boolean firstRan = first.ifFree(OutstandingEvents.LOCK, Duration.ofMinutes(1), () -> {
            secondRan.set(second.ifFree(OutstandingEvents.LOCK, Duration.ofMinutes(1), () -> {}));
        });
        assertThat(firstRan).isTrue();
        assertThat(secondRan).isFalse();
        assertThat(second.ifFree(OutstandingEvents.LOCK, Duration.ofMinutes(1), () -> {}))
                .isTrue();
    }

    private List<ConfigurableApplicationContext> startTogether(List<String> database) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> settings = new ArrayList<>(database);
            settings.addAll(List.of(
                    "--server.port=0",
                    "--plenary.data-dir=" + data.resolve("instance-" + i),
                    "--plenary.search.index-dir="
                            + data.resolve("instance-" + i).resolve("search"),
                    "--plenary.demo.enabled=true"));
            starting.add(threads.submit(() -> {
                ready.countDown();
                ready.await();
                return instance().run(settings.toArray(String[]::new));
            }));
        }
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            for (Future<ConfigurableApplicationContext> instance : starting) {
                started.add(instance.get(5, TimeUnit.MINUTES));
            }
        } catch (Exception e) {
            started.forEach(ConfigurableApplicationContext::close);
            throw e;
        } finally {
            threads.shutdown();
        }
        return started;
    }

    /**
     * Plenary as an instance started beside the test's own: without Spring Boot's logging listener, which would set
     * up the JVM's one logging system again for each, and fails ("Unable to find Spring Environment in logger
     * context") when two start at the same moment in one JVM, as two processes never do.
     */
    private static SpringApplication instance() {
        SpringApplication application = new SpringApplication(PlenaryApplication.class);
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener))
                .toList());
        return application;
    }

    /** A new, empty database that both instances reach: a PostgreSQL schema in the PostgreSQL run, else H2's. */
    private static List<String> newDatabase() {
        if ("postgres".equals(System.getProperty("plenary.test.database"))) {
            String schema = PostgresTestDatabase.newSchema("instances_");
            return List.of(
                    "--spring.datasource.url=" + PostgresTestDatabase.url(schema),
                    "--spring.datasource.username=" + PostgresTestDatabase.user(),
                    "--spring.datasource.password=" + PostgresTestDatabase.password(),
                    "--spring.flyway.schemas=" + schema,
                    "--spring.flyway.default-schema=" + schema,
                    "--plenary.test.own-database=true");
        }
        return List.of("--spring.datasource.url=jdbc:h2:mem:instances-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
