package plenary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import plenary.TestAccounts;

/**
 * The real server's cookies and policies: a public page opens no session, the session cookie of a sign-in is
 * SameSite=Lax and HttpOnly, and Chromium, enforcing the Content-Security-Policy, refuses nothing on the pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
class SecurityHeadersStoryTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aPublicPageOpensNoSession() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/study-groups"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theSessionCookieOfASignInIsSameSiteLaxAndHiddenFromScripts() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(login.body());
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
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("SESSION=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void chromiumRefusesNothingOnThePagesUnderThePolicy() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", TestAccounts.ADMIN_PASSWORD);
            for (String path : List.of("/", "/study-groups", "/meetings", "/reports", "/institutions", "/directory")) {
                browser.go(path);
            }
            // The API browser styles itself from its script once the description is loaded: wait for that.
            browser.go("/swagger-ui/index.html");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));
            browser.go("/meetings").click("The third and final meeting, Vladivostok");
            browser.click("Report of the meeting");

            assertThat(browser.consoleMessages())
                    .noneMatch(
                            message -> message.contains("Content Security Policy") || message.contains("Refused to"));
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
