package plenary.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import plenary.PlenaryApplication;
import plenary.PostgresTestDatabase;
import plenary.generator.Generated;
import plenary.generator.Generator;
import plenary.generator.Size;

/**
 * Issue 12's figure: a full rebuild of the search index from the database, end to end ({@link Rebuild#run()}: the
 * meetings, reports and memoranda read through the modules' APIs, the entries written and committed), over
 * 100,000 interventions the generator wrote (twice size M: 100 study groups, 1,000 meetings, 900 published
 * reports, 400 memoranda). On an H2 file database, and on PostgreSQL when {@code PLENARY_TEST_PG_URL} names one
 * (without it the {@code postgres} run fails at its setup and JMH goes on). Target: under 60 s on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx3g"})
public class SearchRebuildBenchmarks {

    @Param({"h2", "postgres"})
    public String database;

    private ConfigurableApplicationContext plenary;
    private Rebuild rebuild;
    private Path folder;
    private String schema = "";

    @Setup
    public void generate() throws IOException {
        folder = Files.createTempDirectory("plenary-rebuild-benchmark");
        String url = "jdbc:h2:file:" + folder.resolve("plenary")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String user = "sa";
        String password = "";
        if (database.equals("postgres")) {
            if (!PostgresTestDatabase.available()) {
                throw new IllegalStateException("the postgres run needs PLENARY_TEST_PG_URL (and _USER, _PASSWORD)");
            }
            schema = PostgresTestDatabase.newSchema("bench_");
            url = PostgresTestDatabase.url(schema);
            user = PostgresTestDatabase.user();
            password = PostgresTestDatabase.password();
        }
        // Arguments, not default properties: the test resources' config/application.yml would win over those.
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--plenary.data-dir=" + folder,
                "--plenary.search.index-dir=" + folder.resolve("search"),
                "--server.port=0",
                "--plenary.demo.enabled=false",
                "--plenary.search.interval=0",
                "--plenary.mail.outbox.interval=0",
                "--plenary.admin.password=benchmark-password",
                "--logging.level.root=WARN",
                "--logging.level.plenary=WARN"));
        if (!schema.isEmpty()) {
            args.add("--spring.flyway.schemas=" + schema);
            args.add("--spring.flyway.default-schema=" + schema);
        }
        plenary = new SpringApplicationBuilder(PlenaryApplication.class).run(args.toArray(String[]::new));
        Generated generated = plenary.getBean(Generator.class).generate(Size.M.times(2), 13);
        System.out.println("Generated " + generated);
        rebuild = plenary.getBean(Rebuild.class);
    }

    @TearDown
    public void stop() throws IOException {
        if (plenary != null) {
            if (!schema.isEmpty()) {
                plenary.getBean(JdbcTemplate.class).execute("DROP SCHEMA " + schema + " CASCADE");
            }
            plenary.close();
        }
        if (folder != null) {
            SearchBenchmarks.delete(folder);
        }
    }

    /** The whole index rebuilt from the database: read, written and committed. */
    @Benchmark
    public int rebuild() {
        rebuild.run();
        return rebuild.progress().total();
    }
}
