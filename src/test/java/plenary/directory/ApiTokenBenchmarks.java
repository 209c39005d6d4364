package plenary.directory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import plenary.PlenaryApplication;
import plenary.web.BearerTokens;

/**
 * What signing one API request in costs, with a personal API token and with HTTP Basic: the sign-in step alone
 * (the token's hash and lookup; Basic's bcrypt comparison), and a whole request over loopback HTTP to a cheap
 * endpoint that needs a signed-in account ({@code GET /api/account/tokens}, one small query). Plenary runs once,
 * on an in-memory H2 database. Run with {@code ./mvnw -q test-compile exec:exec
 * -Dbenchmarks=plenary.directory.ApiTokenBenchmarks}; figures in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ApiTokenBenchmarks {

    private static final String PASSWORD = "benchmark-password";
    private static final Pattern TOKEN = Pattern.compile("plenary_[A-Za-z0-9_-]{43}");

    private ConfigurableApplicationContext plenary;
    private BearerTokens tokens;
    private AuthenticationProvider passwords;
    private HttpClient http;
    private URI cheap;
    private String token;
    private String basic;

    @Setup
    public void start() throws Exception {
        // System properties, which win over application.yml (the builder's properties are only defaults): a port
        // of its own, never the 8080 of a Plenary already running on the machine.
        System.setProperty("server.port", "0");
        System.setProperty(
                "spring.datasource.url",
                "jdbc:h2:mem:token-benchmarks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        System.setProperty(
                "plenary.data-dir",
                Files.createTempDirectory("plenary-token-benchmarks").toString());
        System.setProperty("plenary.demo.enabled", "false");
        System.setProperty("plenary.admin.password", PASSWORD);
        System.setProperty("logging.level.root", "WARN");
        plenary = new SpringApplicationBuilder(PlenaryApplication.class).run();
        tokens = plenary.getBean(BearerTokens.class);
        passwords = plenary.getBean(AuthenticationProvider.class);
        String base = "http://localhost:" + plenary.getEnvironment().getProperty("local.server.port");
        http = HttpClient.newHttpClient();
        cheap = URI.create(base + "/api/account/tokens");
        basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> made = http.send(
                HttpRequest.newBuilder(cheap)
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"scope\":\"READ\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher found = TOKEN.matcher(made.body());
        if (made.statusCode() != 201 || !found.find()) {
            throw new IllegalStateException("No token made: " + made.statusCode() + " " + made.body());
        }
        token = found.group();
    }

    @TearDown
    public void stop() {
        plenary.close();
    }

    /** The sign-in step with a token: SHA-256, one query (token, account, roles, lock). */
    @Benchmark
    public Authentication signInWithToken() {
        return tokens.signIn(token, "127.0.0.1").authentication();
    }

    /** The sign-in step with HTTP Basic's user name and password: the account's query and a bcrypt comparison. */
    @Benchmark
    public Authentication signInWithPassword() {
        return Objects.requireNonNull(
                passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", PASSWORD)));
    }

    /** A whole request signed with the token. */
    @Benchmark
    public String requestWithToken() throws Exception {
        return get("Bearer " + token);
    }

    /** The same request signed with HTTP Basic. */
    @Benchmark
    public String requestWithBasic() throws Exception {
        return get(basic);
    }

    private String get(String authorization) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(cheap)
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET answered " + answer.statusCode());
        }
        return answer.body();
    }
}
