package plenary.reports;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import plenary.PlenaryApplication;
import plenary.documents.DocumentFormat;
import plenary.documents.Typesetter;
import plenary.meetings.Meetings;
import plenary.reports.composition.ReportComposer;
import plenary.reports.composition.ReportContext;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroups;

/**
 * How long the Vladivostok report takes, warm: composed from its record and typeset as HTML and as PDF, and
 * the whole way from the database. Plenary runs once, on an in-memory H2 database with the demo record.
 * Run with {@code ./mvnw -q test-compile exec:exec}; figures in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmarks {

    private ConfigurableApplicationContext plenary;
    private MeetingReportSources sources;
    private Typesetter typesetter;
    private ReportContext vladivostok;
    private long vladivostokId;

    @Setup
    public void start() {
        plenary = new SpringApplicationBuilder(PlenaryApplication.class)
                .properties(
                        "spring.datasource.url=jdbc:h2:mem:benchmarks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "server.port=0",
                        "plenary.demo.enabled=true",
                        "plenary.admin.password=benchmark-password",
                        "logging.level.root=WARN")
                .run();
        sources = plenary.getBean(MeetingReportSources.class);
        typesetter = plenary.getBean(Typesetter.class);
        long group = plenary.getBean(StudyGroups.class).all().get(0).id().value();
        vladivostokId = plenary.getBean(Meetings.class)
                .ofStudyGroup(new StudyGroupId(group))
                .get(2)
                .id()
                .value();
        vladivostok = sources.of(vladivostokId);
    }

    @TearDown
    public void stop() {
        plenary.close();
    }

    /** Composing the prose and typesetting it as an HTML document. */
    @Benchmark
    public String html() {
        return typesetter.html(ReportComposer.compose(vladivostok, "Draft"));
    }

    /** Composing the prose and typesetting it as a PDF for print. */
    @Benchmark
    public byte[] pdf() {
        return typesetter.render(ReportComposer.compose(vladivostok, "Draft"), DocumentFormat.PDF);
    }

    /** The whole way: reading the record from the database, composing, typesetting as HTML. */
    @Benchmark
    public String htmlFromTheDatabase() {
        return typesetter.html(ReportComposer.compose(sources.of(vladivostokId), "Draft"));
    }
}
