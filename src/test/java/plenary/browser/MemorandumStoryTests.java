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
 * A co-chair of the demo's study group starts its memorandum from the record, rewrites a recommendation, freezes
 * version 1 with a note, rewrites it again, freezes version 2, and reads the redline between the two.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
class MemorandumStoryTests {

    private static final String DEMO_PASSWORD = "plenary-demo-vladivostok";
    private static final String GROUP = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";

    @LocalServerPort
    int port;

    @Test
    void aCoChairDraftsFromTheRecordFreezesTwoVersionsAndReadsTheRedline() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cochair", DEMO_PASSWORD).go("/study-groups").click(GROUP);
            browser.press("Start the memorandum from the record");
            assertThat(browser.path()).matches("/memoranda/\\d+");
            assertThat(browser.textOf("h1")).isEqualTo("Memorandum of the " + GROUP);
            String key = browser.driver()
                    .findElement(By.cssSelector(".memo-paragraph"))
                    .getAttribute("id");
            String number = browser.textOf("#" + key + " .number");
            assertThat(browser.textOf("#" + key + " aside")).contains("Supported by");

            rewrite(browser, key, "The Study Group recommends a standing regional forum on energy security.");
            assertThat(browser.textOf("#" + key + " .memo-text p"))
                    .isEqualTo(number + " The Study Group recommends a standing regional forum on energy security.");
            freeze(browser, "For the member committees");
            rewrite(
                    browser,
                    key,
                    "The Study Group recommends a standing regional forum on energy security and nuclear safety.");
            freeze(browser, "After the Seoul comments");
            assertThat(browser.textOf("#versions"))
                    .contains("For the member committees")
                    .contains("After the Seoul comments");

            browser.click("Redline from 1");
            assertThat(browser.textOf("h1")).endsWith("changes from version 1 to version 2");
            assertThat(browser.textOf(".redline-text #" + key + " ins")).isEqualTo("and nuclear safety");
            assertThat(browser.textOf(".redline-text #" + key))
                    .contains("The Study Group recommends a standing regional forum on energy security and nuclear"
                            + " safety.");
            assertThat(browser.consoleMessages())
                    .noneMatch(
                            message -> message.contains("Content Security Policy") || message.contains("Refused to"));
        }
    }

    /** Opens the paragraph's editor beside it, replaces its words and saves. */
    private static void rewrite(Browser browser, String key, String text) {
        browser.driver()
                .findElement(By.cssSelector("#edit-" + key + " > summary"))
                .click();
        WebElement field = browser.driver().findElement(By.cssSelector("#edit-" + key + " textarea[name=text]"));
        field.clear();
        field.sendKeys(text);
        browser.submit("#edit-" + key + " form");
    }

    private static void freeze(Browser browser, String note) {
        browser.type("note", note).submit("#freeze");
    }
}
