package plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import plenary.directory.PlenaryAccount;
import plenary.directory.Role;
import plenary.web.PageSliceTest;

/** "What awaits you" lists a person's messages as the outbox gives them; an account without a person has none. */
@PageSliceTest(InboxPages.class)
class InboxPagesTests {

    private static final PlenaryAccount ANA =
            new PlenaryAccount(2, "ana", "", 41L, Set.of(Role.PARTICIPANT), true, false);
    private static final PlenaryAccount ADMIN =
            new PlenaryAccount(1, "admin", "", null, Set.of(Role.SECRETARIAT), true, false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Outbox outbox;

    @Test
    void aPersonSeesTheirMessagesWithSubjectOrKindAndWhetherTheyWereSent() throws Exception {
        when(outbox.forPerson(41L))
                .thenReturn(List.of(
                        new QueuedMail(
                                9,
                                "circulation-reminder",
                                "ana@example.org",
                                null,
                                Map.of(),
                                Instant.parse("2026-12-02T08:00:00Z"),
                                null,
                                "PENDING"),
                        new QueuedMail(
                                4,
                                "report-review",
                                "ana@example.org",
                                "For your review: Report of the Meeting",
                                Map.of(),
                                Instant.parse("2026-12-01T08:00:00Z"),
                                Instant.parse("2026-12-01T08:00:05Z"),
                                "SENT")));
        String page = mvc.perform(get("/inbox").with(user(ANA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<h1 id=\"page-heading\">What awaits you</h1>")
                .contains("href=\"/inbox\"");
        assertThat(page.indexOf("circulation-reminder"))
                .isPositive()
                .isLessThan(page.indexOf("For your review: Report of the Meeting"));
        assertThat(page).contains("2026-12-02T08:00:00Z").contains("not yet").contains("2026-12-01T08:00:05Z");
    }

    @Test
    void aRussianReaderReadsThePageInRussianWithTheDayInWords() throws Exception {
        when(outbox.forPerson(41L))
                .thenReturn(List.of(new QueuedMail(
                        9,
                        "circulation-reminder",
                        "ana@example.org",
                        null,
                        Map.of(),
                        Instant.parse("2026-12-02T08:00:00Z"),
                        null,
                        "PENDING")));
        String page = mvc.perform(get("/inbox").with(user(ANA)).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<h1 id=\"page-heading\">Что вас ждёт</h1>")
                .contains("<th>Письмо</th><th>Поставлено в очередь</th><th>Отправлено</th>")
                .contains(">ещё нет</span>")
                .contains("<time datetime=\"2026-12-02T08:00:00Z\">2 дек. 2026 г., 08:00</time>");
    }

    @Test
    void anAccountWithoutAPersonIsToldThatNoMailAwaitsIt() throws Exception {
        mvc.perform(get("/inbox").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This account speaks for no person")));
    }

    @Test
    void thePublicIsAskedToSignIn() throws Exception {
        int status = mvc.perform(get("/inbox")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401);
    }
}
