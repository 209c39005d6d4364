package plenary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import plenary.TestAccounts;

/** A reader opens the membership map of the demo's institutions, picks the seed's day and sees picture and matrix. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
class MembershipMapStoryTests {

    @LocalServerPort
    int port;

    @Test
    void theMapPageShowsThePictureAndTheMatrixForTheDayChosen() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", TestAccounts.ADMIN_PASSWORD)
                    .go("/institutions")
                    .click("Membership map: who belongs to what");
            assertThat(browser.path()).isEqualTo("/institutions/map");

            browser.date("input[name=asOf]", LocalDate.of(2011, 11, 14)).submit("form[action='/institutions/map']");
            assertThat(browser.path()).isEqualTo("/institutions/map?asOf=2011-11-14");
            assertThat(browser.textOf("main")).contains("as of 14 November 2011");

            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            Object width = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> page.executeScript("const img = document.querySelector('figure.membership-map img');"
                            + " return img.complete && img.naturalWidth > 0 ? img.naturalWidth : null;"));
            assertThat(((Number) width).intValue()).isPositive();

            assertThat(browser.driver().findElements(By.cssSelector("table.matrix abbr[title='Six Party Talks']")))
                    .hasSize(1);
            assertThat(browser.textOf("table.matrix")).contains("KR").contains("South Korea");
            assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
        }
    }
}
