package plenary.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 13's load test: a realistic mix from (by default) 50 concurrent users against a Plenary already running on
 * loopback, bounded in time and in requests. Two in five users sign in through the form and read meeting pages and
 * search; about half read over the API with read tokens (meetings, reports in each format, a PDF among them, search);
 * the rest comment on a circulated memorandum with write tokens. Each kind of request has a name of its own, so that
 * Gatling's report gives its throughput and percentiles. After the run, {@link SqlFloor} times the SQL behind each
 * kind on the same database. Started by {@code bench/load.sh}; see BENCHMARKS.md.
 */
public class PlenaryLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("plenary.load.base-url", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("plenary.load.users", 50);
    private static final int SECONDS = Integer.getInteger("plenary.load.seconds", 60);
    // Each user stops after this many rounds or when the time is up, whichever comes first.
    private static final int ROUNDS = Integer.getInteger("plenary.load.rounds", 80);
    private static final int PAUSE_MILLIS = Integer.getInteger("plenary.load.pause-millis", 1000);
    private static final List<String> SEARCHES =
            List.of("energy security", "\"Six Party Talks\"", "denuclear*", "maritime AND disaster", "pipeline", "SPT");

    private final List<LoadSetup.Account> readers = new ArrayList<>();
    private final List<List<Long>> reports = new ArrayList<>();
    private final List<LoadSetup.Account> writers = new ArrayList<>();
    private final LoadSetup.Circulation circulation;
    private final AtomicInteger comments = new AtomicInteger();

    public PlenaryLoadSimulation() {
        LoadSetup setup = new LoadSetup(BASE, System.getProperty("plenary.load.password", "plenary-demo-vladivostok"));
        List<LoadSetup.Account> keepers = names("plenary.load.writers", "cochair,cochair2").stream()
                .map(name -> setup.account(name, "WRITE"))
                .toList();
        setup.publishMissingReports(keepers.get(0));
        for (String name : names("plenary.load.readers", "cochair,cochair2,rapporteur,participant,representative")) {
            LoadSetup.Account reader = setup.account(name, "READ");
            readers.add(reader);
            reports.add(setup.reports(reader));
        }
        LoadSetup.Circulation open = null;
        for (LoadSetup.Account writer : keepers) {
            LoadSetup.Circulation found =
                    open == null ? setup.circulation(writer).orElse(null) : open;
            if (found != null && (found != open || setup.mayComment(writer, found))) {
                open = found;
                writers.add(writer);
            }
        }
        if (open == null) {
            throw new IllegalStateException("No writer may comment on a circulation");
        }
        circulation = open;

        int pageUsers = USERS * 2 / 5;
        int writerUsers = Math.max(1, USERS / 8);
        int apiUsers = USERS - pageUsers - writerUsers;
        setUp(
                        pages().injectOpen(rampUsers(pageUsers).during(Duration.ofSeconds(5))),
                        api().injectOpen(rampUsers(apiUsers).during(Duration.ofSeconds(5))),
                        writing().injectOpen(rampUsers(writerUsers).during(Duration.ofSeconds(5))))
                .protocols(protocol())
                .maxDuration(Duration.ofSeconds(SECONDS))
                .assertions(global().failedRequests().count().is(0L));
    }

    private static List<String> names(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static HttpProtocolBuilder protocol() {
        // No client cache: every round asks Plenary again, as other clients would.
        return http.baseUrl(BASE).disableCaching().acceptEncodingHeader("gzip").userAgentHeader("plenary-load");
    }

    // A reader account, chosen by the user's number, with a random meeting (and published report) of its own.
    private Session reader(Session session) {
        int index = (int) (session.userId() % readers.size());
        LoadSetup.Account account = readers.get(index);
        return session.set("account", account.name())
                .set("token", account.token())
                .set("reports", reports.get(index))
                .set("meetings", account.meetings());
    }

    private static Session pick(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Long> meetings = session.getList("meetings");
        List<Long> published = session.getList("reports");
        return session.set("meetingId", meetings.get(random.nextInt(meetings.size())))
                .set("reportId", published.get(random.nextInt(published.size())))
                .set("q", SEARCHES.get(random.nextInt(SEARCHES.size())));
    }

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(PAUSE_MILLIS / 2), Duration.ofMillis(PAUSE_MILLIS * 3 / 2));
    }

    private ScenarioBuilder pages() {
        ChainBuilder signIn = exec(http("sign-in form")
                        .get("/login")
                        .check(css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("username", "#{account}")
                        .formParam("password", System.getProperty("plenary.load.password", "plenary-demo-vladivostok"))
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location")
                                .transform(location -> location.contains("error"))
                                .is(false)));
        return scenario("pages, signed in through the form")
                .exec(this::reader)
                .exec(signIn)
                .repeat(ROUNDS)
                .on(exec(PlenaryLoadSimulation::pick)
                        .exec(randomSwitch()
                                .on(
                                        percent(75.0)
                                                .then(exec(http("meeting page")
                                                        .get("/meetings/#{meetingId}")
                                                        .disableFollowRedirect()
                                                        .check(status().is(200)))),
                                        percent(25.0)
                                                .then(exec(http("search page")
                                                        .get("/search")
                                                        .queryParam("q", "#{q}")
                                                        .check(status().is(200))))))
                        .exec(think()));
    }

    private static HttpRequestActionBuilder report(String format) {
        String name = "pdf".equals(format) ? "PDF export" : "report " + format;
        return http(name)
                .get("/api/meetings/#{reportId}/report")
                .queryParam("format", format)
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200));
    }

    private ScenarioBuilder api() {
        return scenario("API reads with tokens")
                .exec(this::reader)
                .repeat(ROUNDS)
                .on(exec(PlenaryLoadSimulation::pick)
                        .exec(randomSwitch()
                                .on(
                                        percent(40.0)
                                                .then(exec(http("API meeting")
                                                        .get("/api/meetings/#{meetingId}")
                                                        .header("Authorization", "Bearer #{token}")
                                                        .check(status().is(200)))),
                                        percent(10.0).then(exec(report("html"))),
                                        percent(8.0).then(exec(report("md"))),
                                        percent(8.0).then(exec(report("docx"))),
                                        percent(8.0).then(exec(report("akn"))),
                                        percent(6.0).then(exec(report("pdf"))),
                                        percent(20.0)
                                                .then(exec(http("API search")
                                                        .get("/api/search")
                                                        .queryParam("q", "#{q}")
                                                        .header("Authorization", "Bearer #{token}")
                                                        .check(status().is(200))))))
                        .exec(think()));
    }

    private ScenarioBuilder writing() {
        String path = "/api/memoranda/" + circulation.memorandumId() + "/circulations/" + circulation.circulationId();
        return scenario("comments on a circulated memorandum")
                .exec(session -> {
                    LoadSetup.Account account = writers.get((int) (session.userId() % writers.size()));
                    return session.set("token", account.token());
                })
                .repeat(ROUNDS)
                .on(randomSwitch()
                        .on(
                                percent(60.0)
                                        .then(exec(http("comment (write)")
                                                .post(path + "/comments")
                                                .header("Authorization", "Bearer #{token}")
                                                .body(StringBody(session -> circulation.comment(
                                                        "Load test comment " + comments.incrementAndGet() + ".")))
                                                .asJson()
                                                .check(status().is(201)))),
                                percent(40.0)
                                        .then(exec(http("circulation read")
                                                .get(path)
                                                .header("Authorization", "Bearer #{token}")
                                                .check(status().is(200)))))
                        .exec(think()));
    }

    @Override
    public void after() {
        markDone();
        String url = System.getProperty("plenary.load.jdbc-url", "");
        if (url.isBlank()) {
            return;
        }
        List<Long> meetings = readers.get(0).meetings();
        new SqlFloor(
                        url,
                        System.getProperty("plenary.load.jdbc-user", "sa"),
                        System.getProperty("plenary.load.jdbc-password", ""))
                .measure(
                        meetings,
                        reports.get(0),
                        circulation.circulationId(),
                        readers.get(0).name(),
                        Path.of(System.getProperty("plenary.load.floor-file", "target/gatling/sql-floor.md")));
    }

    /** Tells bench/load.sh that the users are done, so that it stops sampling Plenary's memory before the floor. */
    private static void markDone() {
        String mark = System.getProperty("plenary.load.done-file", "");
        if (!mark.isBlank()) {
            try {
                Files.writeString(Path.of(mark), "done\n");
            } catch (IOException e) {
                throw new UncheckedIOException("The mark of the load's end could not be written", e);
            }
        }
    }
}
