package plenary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rapporteur writes the Vladivostok report, slips a participant's name into it, is stopped at publication
 * with the leak shown beside its paragraph, takes the name out and publishes; the public then reads it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
class ReportStoryTests {

    private static final String SESSION_2_PAPER = "field-sec_1__sess_2__para_2";

    @LocalServerPort
    int port;

    @Test
    void aLeakStopsPublicationUntilItIsTakenOutAndThenThePublicReadsTheReport() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("rapporteur", "plenary-demo-vladivostok")
                    .go("/meetings")
                    .click("The third and final meeting, Vladivostok")
                    .click("Report of the meeting");
            browser.press("Write the draft");
            assertThat(browser.text())
                    .contains("One participant presented a paper on possible multilateral regime building on energy.");

            String original = field(browser).getAttribute("value");
            replace(browser, original.replace("One participant presented", "Mirei Asakawa presented"));
            browser.press("Save as version").press("Publish version");
            assertThat(browser.textOf("#leaks")).contains("Mirei Asakawa");
            assertThat(browser.textOf("#edit-sec_1__sess_2__para_2 .leak")).contains("Mirei Asakawa");

            replace(browser, original);
            browser.press("Save as version").press("Publish version");
            assertThat(browser.text()).contains("Published report no.");
        }
        try (Browser visitor = Browser.open(port)) {
            visitor.go("/reports")
                    .click(
                            "Report of the Meeting of the CSCAP Study Group on Multilateral Security Governance in Northeast Asia");
            assertThat(visitor.text())
                    .contains("One participant presented a paper on possible multilateral regime building on energy.")
                    .contains("The participants")
                    .doesNotContain("Mirei Asakawa");
        }
    }

    private static WebElement field(Browser browser) {
        return browser.driver().findElement(By.id(SESSION_2_PAPER));
    }

    private static void replace(Browser browser, String text) {
        WebElement field = field(browser);
        field.clear();
        field.sendKeys(text);
    }
}
