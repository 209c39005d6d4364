package plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Plenary processes on one new PostgreSQL schema, as an operator runs several instances: they start together
 * (one loads the demo record and makes the first admin), a browser's session goes from one to the other, a page form
 * posted to one (with the session's CSRF token) is read on the other, and the same through nginx sharing requests
 * between them round robin; a session outlives a restart. Runs where the build names a PostgreSQL database
 * ({@code PLENARY_TEST_PG_URL}); the nginx part where nginx is installed (.ci/run installs it; CI fails without it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesTests {

    private static final String PASSWORD = "several-instances-admin-password";
    private static final String DEMO_TITLE = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Path work = Path.of("target", "several-instances").toAbsolutePath();
    private String schema = "";
    private List<String> settings = List.of();
    private final List<RunningPlenary> instances = new ArrayList<>();

    @BeforeAll
    void startTwoInstancesTogetherOnANewSchema() throws Exception {
        assumeTrue(PostgresTestDatabase.available(), "PLENARY_TEST_PG_URL names no PostgreSQL database");
        Files.createDirectories(work);
        schema = PostgresTestDatabase.newSchema("instances_");
        settings = List.of(
                "--spring.datasource.url=" + PostgresTestDatabase.url(schema),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--plenary.demo.enabled=true",
                "--plenary.admin.password=" + PASSWORD);
        CompletableFuture<RunningPlenary> first = CompletableFuture.supplyAsync(() -> start("a"));
        CompletableFuture<RunningPlenary> second = CompletableFuture.supplyAsync(() -> start("b"));
        try {
            instances.add(first.get(5, TimeUnit.MINUTES));
        } finally {
            instances.add(second.get(5, TimeUnit.MINUTES));
        }
    }

    @AfterAll
    void stopThem() throws Exception {
        for (RunningPlenary instance : instances) {
            instance.close();
        }
    }

    @Test
    @Order(1)
    void oneOfThemMadeTheFirstAdminAndLoadedTheDemoRecord() throws Exception {
        assertThat(count("SELECT count(*) FROM account WHERE username = 'admin'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM study_group WHERE title = '" + DEMO_TITLE + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM meeting")).isEqualTo(3);
    }

    @Test
    @Order(2)
    void aSessionOpenedOnOneGoesOnOnTheOtherAndAFormPostedToOneIsReadOnTheOther() throws Exception {
        String a = instances.get(0).baseUrl();
        String b = instances.get(1).baseUrl();
        String session = signIn(a);

        String committee = "CSCAP Several Instances Committee " + schema;
        String token = csrfToken(b, session);
        assertThat(postCommittee(a, session, token, committee)).isEqualTo(302);

        HttpResponse<String> list = get(b + "/directory/committees", session);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(committee);
    }

    @Test
    @Order(3)
    void throughNginxSharingRequestsBetweenThemRoundRobin() throws Exception {
        boolean present = NGINX.toFile().canExecute();
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("nginx is not installed here (.ci/run installs it)");
        }
        int port = freePort();
        Path conf = nginxConf(port);
        Process nginx = new ProcessBuilder(
                        NGINX.toString(), "-p", work.toString(), "-c", conf.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("nginx.out").toFile())
                .start();
        try {
            awaitPort(port, nginx);
            String front = "http://localhost:" + port;
            String session = signIn(front);
            String committee = "CSCAP Behind nginx Committee " + schema;
            String token = csrfToken(front, session);
            assertThat(postCommittee(front, session, token, committee)).isEqualTo(302);
            // Round robin: of four reads in a row, two go to each instance; each finds the committee.
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> list = get(front + "/directory/committees", session);
                assertThat(list.statusCode()).isEqualTo(200);
                assertThat(list.body()).contains(committee);
            }
            assertThat(Files.readString(work.resolve("nginx-access.log")))
                    .contains("upstream=" + instances.get(0).baseUrl().replace("http://localhost", "127.0.0.1"))
                    .contains("upstream=" + instances.get(1).baseUrl().replace("http://localhost", "127.0.0.1"));
        } finally {
            nginx.destroy();
            nginx.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(4)
    void aSessionOutlivesARestartOfTheInstances() throws Exception {
        String session = signIn(instances.get(0).baseUrl());
        for (RunningPlenary instance : instances) {
            instance.close();
        }
        instances.clear();
        instances.add(start("a-again"));
        HttpResponse<String> page = get(instances.get(0).baseUrl() + "/directory/committees", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("CSCAP Several Instances Committee " + schema);
    }

    private RunningPlenary start(String name) {
        try {
            List<String> own = new ArrayList<>(settings);
            own.add("--plenary.data-dir=" + work.resolve(schema + "-" + name));
            return RunningPlenary.start(own, work.resolve(schema + "-" + name + ".log"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in as admin through the login form, as a browser does; the session's cookie ({@code SESSION=…}). */
    private String signIn(String base) throws Exception {
        HttpResponse<String> login = get(base + "/login", null);
        String cookie = sessionCookie(login);
        String form = form(Map.of("username", "admin", "password", PASSWORD, "_csrf", csrf(login.body())));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        // Signing in gives the session a new id (against session fixation), in a new cookie.
        return sessionCookie(signedIn);
    }

    private String csrfToken(String base, String session) throws Exception {
        HttpResponse<String> page = get(base + "/directory/committees/new", session);
        assertThat(page.statusCode()).isEqualTo(200);
        return csrf(page.body());
    }

    private int postCommittee(String base, String session, String token, String name) throws Exception {
        String form = form(Map.of(
                "name", name, "acronym", "CSCAP-SI", "kind", "MEMBER_COMMITTEE", "country", "RU", "_csrf", token));
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "/directory/committees"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", session)
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private HttpResponse<String> get(String url, @Nullable String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + answer.headers()));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private long count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        PostgresTestDatabase.url(schema),
                        PostgresTestDatabase.user(),
                        PostgresTestDatabase.password());
                PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** nginx in front of both instances, round robin (its default), passing on the client's address and host. */
    private Path nginxConf(int port) throws IOException {
        String upstreams = instances.stream()
                .map(i -> "    server " + i.baseUrl().replace("http://localhost", "127.0.0.1") + ";\n")
                .collect(Collectors.joining());
        String conf = """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 64; }
                http {
                  log_format upstreams '$request $status upstream=$upstream_addr';
                  access_log %1$s/nginx-access.log upstreams;
                  client_body_temp_path %1$s/nginx-body;
                  proxy_temp_path %1$s/nginx-proxy;
                  fastcgi_temp_path %1$s/nginx-fastcgi;
                  uwsgi_temp_path %1$s/nginx-uwsgi;
                  scgi_temp_path %1$s/nginx-scgi;
                  upstream plenary {
                %2$s  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://plenary;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                    }
                  }
                }
                """.formatted(work, upstreams, port);
        Path file = work.resolve("nginx.conf");
        Files.writeString(file, conf);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitPort(int port, Process nginx) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < giveUp) {
            assertThat(nginx.isAlive())
                    .as("nginx runs: %s", readIfThere(work.resolve("nginx.out").toFile()))
                    .isTrue();
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen on " + port);
    }

    private static String readIfThere(File file) {
        try {
            return Files.readString(file.toPath());
        } catch (IOException e) {
            return "";
        }
    }
}
