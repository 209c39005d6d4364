package plenary.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import plenary.TestAccounts;

/**
 * A report larger than the import takes, uploaded on the page to the real server, whose multipart limit refuses it
 * as the security filters first read the request's parameters, before any of Plenary's code runs: the sender gets
 * the answer (the server reads the rest of the upload rather than cutting the connection under it), a page saying
 * what happened, and no draft is stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LargeUploadTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD = Pattern.compile("action=\"/imports\\?_csrf=([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aReportOverTheLimitIsAnsweredWithAPageSayingSoAndStoresNothing() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(http);
        String page = http.send(get("/imports/new"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = UPLOAD.matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        long drafts =
                db.sql("SELECT COUNT(*) FROM import_draft").query(Long.class).single();

        byte[] report = new byte[22 * 1024 * 1024];
        Arrays.fill(report, (byte) 'a');
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/imports?_csrf=" + csrf.group(1)))
                        .header("Content-Type", "multipart/form-data; boundary=plenary-boundary")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(report)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("The request is larger than Plenary accepts; nothing was changed.");
        assertThat(db.sql("SELECT COUNT(*) FROM import_draft").query(Long.class).single())
                .isEqualTo(drafts);
    }

    private void signIn(HttpClient http) throws Exception {
        String login =
                http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).isTrue();
        String form =
                "username=admin&password=" + URLEncoder.encode(TestAccounts.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    private static byte[] multipart(byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--plenary-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes("\r\n--plenary-boundary--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).build();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
