package plenary.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;

/** The calendar links page in Russian: made, listed and revoked, every word from the bundles. */
@PlenaryIntegrationTest
class CalendarLinkPagesRussianTests {

    private static final Pattern REVOKE = Pattern.compile("action=\"/account/calendars/(\\d+)/revoke\"");

    @Autowired
    MockMvc mvc;

    @Test
    void aLinkIsMadeListedAndRevokedInRussian() throws Exception {
        String made = mvc.perform(post("/account/calendars")
                        .param("label", "Рабочий календарь")
                        .with(TestAccounts.admin())
                        .with(csrf())
                        .header("Accept-Language", "ru"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(made)
                .contains("<h1 id=\"page-heading\">Ссылки для календаря</h1>")
                .contains("<strong>Ваша новая ссылка для календаря «Рабочий календарь»:</strong> скопируйте её")
                .contains("<button type=\"submit\">Создать ссылку для календаря</button>")
                .contains("<th>Показывает</th><th>Создана</th><th>Последнее использование</th>")
                .contains("<td>Всю мою работу</td>")
                .contains(">Отозвать</button>")
                .doesNotContain("Calendar links")
                .doesNotContain("Make a calendar link")
                .doesNotContain("<th>Shows</th>")
                .doesNotContain(">Revoke<");

        Matcher revoke = REVOKE.matcher(made);
        assertThat(revoke.find()).as("a link to revoke").isTrue();
        MvcResult revoked = mvc.perform(post("/account/calendars/" + revoke.group(1) + "/revoke")
                        .with(TestAccounts.admin())
                        .with(csrf())
                        .header("Accept-Language", "ru"))
                .andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/account/calendars");

        // The notice waits in the session, which the database keeps: the next page reads it by the session's cookie.
        Cookie session = Objects.requireNonNull(revoked.getResponse().getCookie("SESSION"));
        String after = mvc.perform(get("/account/calendars")
                        .cookie(session)
                        .with(TestAccounts.admin())
                        .header("Accept-Language", "ru"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after)
                .contains("<p class=\"notice success\" role=\"status\">Ссылка для календаря отозвана.</p>")
                .contains("<span class=\"badge badge-closed\">отозвана</span>")
                .doesNotContain("The calendar link is revoked.")
                .doesNotContain(">revoked<");
    }
}
