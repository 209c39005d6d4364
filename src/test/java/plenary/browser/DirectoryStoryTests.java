package plenary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import plenary.TestAccounts;

/** The secretariat signs in with a real browser and keeps the directory. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
class DirectoryStoryTests {

    @LocalServerPort
    int port;

    @Test
    void secretariatAddsAMemberCommitteeAndIsToldWhatIsMissing() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", TestAccounts.ADMIN_PASSWORD)
                    .go("/directory")
                    .click("Committees")
                    .click("New committee");

            browser.type("name", "CSCAP-Cambodia").submit("form.record");
            assertThat(browser.textOf("#kind-error")).contains("must be given");

            browser.select("kind", "Member committee")
                    .select("country", "Cambodia")
                    .submit("form.record");
            assertThat(browser.path()).isEqualTo("/directory/committees");
            assertThat(browser.text()).contains("CSCAP-Cambodia");
        }
    }

    @Test
    void thePublicSeesStudyGroupsButNotTheDirectory() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/directory");
            assertThat(browser.path()).isEqualTo("/login");
            browser.go("/");
            assertThat(browser.text()).contains("Study groups").doesNotContain("Directory");
        }
    }
}
