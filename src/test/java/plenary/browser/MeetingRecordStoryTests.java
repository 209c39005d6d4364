package plenary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo's rapporteur keeps the Vladivostok record in a real browser; an outsider sees it without names. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
class MeetingRecordStoryTests {

    private static final String DEMO_PASSWORD = "plenary-demo-vladivostok";

    @LocalServerPort
    int port;

    @Test
    void theRapporteurAddsAnInterventionToTheThirdSession() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("rapporteur", DEMO_PASSWORD)
                    .go("/meetings")
                    .click("The third and final meeting, Vladivostok");
            assertThat(browser.text())
                    .contains("Vladivostok")
                    .contains("Stanislav Beloretsky")
                    .contains("reviewed the strategies of both Koreas");

            browser.clickInPlace("Add intervention", 2, "[id^=add-intervention-] form.record select[name=kind]");
            browser.select("kind", "question")
                    .type("summary", "asked whether the East Asia Summit could host a Northeast Asian track.")
                    .submit("form.record");
            assertThat(browser.path()).startsWith("/meetings/");
            assertThat(browser.text())
                    .contains("asked whether the East Asia Summit could host a Northeast Asian track.");
        }
    }

    @Test
    void aSteeringCommitteeMemberWhoWasNotThereSeesTheRecordWithoutNames() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("steering", DEMO_PASSWORD).go("/meetings").click("The third and final meeting, Vladivostok");
            assertThat(browser.text())
                    .contains("reviewed the strategies of both Koreas")
                    .contains("a participant")
                    .doesNotContain("Stanislav Beloretsky")
                    .doesNotContain("Jae-won Ryu");
        }
    }
}
