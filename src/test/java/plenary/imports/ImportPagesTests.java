package plenary.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import plenary.PlenaryIntegrationTest;

/**
 * The import's pages: an upload gives a review page with the source beside each item and stores no meeting; the
 * person's corrections go into the meeting the confirmation stores.
 */
@PlenaryIntegrationTest
class ImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theReviewShowsTheSourceBesideEachItemAndNothingIsStoredBeforeTheConfirmation() throws Exception {
        long meetings = count("meeting");

        String review = reviewPage(upload());

        assertThat(review)
                .contains("A Russian participant gave a detailed briefing")
                .contains("Speaker: A Russian participant (Russian)")
                .contains("name=\"kinds\"")
                .contains("Vladivostok");
        assertThat(count("meeting")).isEqualTo(meetings);
    }

    @Test
    void theConfirmationStoresTheMeetingWithThePersonsCorrections() throws Exception {
        String draft = upload();
        long group = newGroup();
        int ordinal = 3;

        MockHttpServletResponse confirmed = send(post(draft + "/confirm")
                .param("studyGroupId", String.valueOf(group))
                .param("ordinal", String.valueOf(ordinal))
                .param("startsOn", "2011-11-14")
                .param("city", "Vladivostok")
                .param("themes", "The strategies of the two Koreas")
                .param("kinds", "BRIEFING")
                .param("stances", "MIXED"));

        assertThat(confirmed.getRedirectedUrl())
                .as(confirmed.getContentAsString())
                .startsWith("/meetings/");
        long meeting = Long.parseLong(confirmed.getRedirectedUrl().substring("/meetings/".length()));
        assertThat(db.sql("SELECT theme FROM meeting_session WHERE meeting_id = ? AND session_number = 1")
                        .param(meeting)
                        .query(String.class)
                        .single())
                .isEqualTo("The strategies of the two Koreas");
        assertThat(db.sql("SELECT kind || ' ' || stance FROM intervention WHERE meeting_id = ? ORDER BY id")
                        .param(meeting)
                        .query(String.class)
                        .list()
                        .get(0))
                .isEqualTo("BRIEFING MIXED");
    }

    @Test
    void anEmptyFileIsShownBesideTheFieldAndStoresNothing() throws Exception {
        long drafts = count("import_draft");

        MockHttpServletResponse answer = send(multipart("/imports")
                .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                .with(csrf()));

        assertThat(answer.getContentAsString()).contains("id=\"file-error\"", "The file is empty");
        assertThat(count("import_draft")).isEqualTo(drafts);
    }

    @Test
    void aRussianReaderUploadsAndReviewsInRussian() throws Exception {
        String form =
                send(get("/imports/new").header("Accept-Language", "ru")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("<h1>Импорт отчёта</h1>")
                .contains("<button type=\"submit\">Прочитать отчёт</button>")
                .doesNotContain("Import a report")
                .doesNotContain("Read the report");

        String refused = send(multipart("/imports")
                        .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .header("Accept-Language", "ru"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("id=\"file-error\"")
                .contains("пусто: загрузите отчёт с текстом")
                .doesNotContain("The file is empty");

        String review = send(get(upload()).header("Accept-Language", "ru")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(review)
                .contains("<h1>Проверка импортированного отчёта</h1>")
                .contains("<h2>Заседание 1</h2>")
                .contains("Выступающий: A Russian participant (Russian)")
                .contains("<h2>Предложения</h2>")
                .contains("<button type=\"submit\">Подтвердить: сохранить встречу</button>")
                .doesNotContain("Speaker:")
                .doesNotContain("<h2>Proposals</h2>")
                .doesNotContain("Next tasks");
    }

    private String upload() throws Exception {
        MockHttpServletResponse answer = send(multipart("/imports")
                .file(new MockMultipartFile("file", "seed.txt", "text/plain", seed()))
                .with(csrf()));
        assertThat(answer.getRedirectedUrl()).as(answer.getContentAsString()).startsWith("/imports/");
        return answer.getRedirectedUrl();
    }

    private String reviewPage(String draft) throws Exception {
        MockHttpServletResponse page = send(get(draft));
        assertThat(page.getStatus()).isEqualTo(200);
        return page.getContentAsString(StandardCharsets.UTF_8);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse send(B request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.loadUserByUsername("admin"))))
                .andReturn()
                .getResponse();
    }

    private long newGroup() throws Exception {
        long committee = db.sql("SELECT MIN(id) FROM committee WHERE kind = 'MEMBER_COMMITTEE'")
                .query(Long.class)
                .single();
        MockHttpServletResponse created = send(post("/api/study-groups")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"CSCAP Study Group on Reviewed Imports %d","mandate":"To review imports.",
                        "status":"PROPOSED","plannedMeetings":3,"coChairIds":[],"rapporteurIds":[],
                        "committeeIds":[%d]}""".formatted(System.nanoTime(), committee)));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return Long.parseLong(created.getContentAsString().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    private long count(String table) {
        return db.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static byte[] seed() throws Exception {
        try (InputStream in = ImportPagesTests.class.getResourceAsStream("/imports/reports/vladivostok-2011.txt")) {
            return Objects.requireNonNull(in).readAllBytes();
        }
    }
}
