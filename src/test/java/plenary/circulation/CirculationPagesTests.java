package plenary.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.Directory;
import tools.jackson.databind.ObjectMapper;

/**
 * Circulation through its pages with plain forms: the drafters circulate a frozen version from the memorandum's
 * circulations and land on the circulation; its recipients comment, reply and propose amendments there; a refusal
 * shows the form again with the reason beside its field and changes nothing.
 */
@PlenaryIntegrationTest
class CirculationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient db;

    CirculationWorld world;
    String circulations;

    @BeforeEach
    void world() throws Exception {
        world = new CirculationWorld(new JsonApi(mvc, json), json, accounts, directory);
        circulations = "/memoranda/" + world.memorandum + "/circulations";
    }

    @Test
    void aCoChairCirculatesAVersionFromTheMemorandumsPagesAndLandsOnTheCirculation() throws Exception {
        String memorandum = body(get("/memoranda/" + world.memorandum), world.coChair.basic());
        assertThat(memorandum).contains("href=\"" + circulations + "\"").contains("/endorsement\"");
        String form = body(get(circulations), world.coChair.basic());
        assertThat(form)
                .contains("No version of this memorandum has been circulated yet.")
                .contains("Circulate a version");

        MockHttpServletResponse sent = send(
                post(circulations)
                        .param("version", "1")
                        .param("deadline", LocalDate.now().plusDays(10).toString())
                        .param("note", "Your comments, please.")
                        .param("committeeIds", String.valueOf(world.committee))
                        .param("outsiderName", "Ms Outside", "")
                        .param("outsiderEmail", "outside@example.org", ""),
                world.coChair.basic());

        long id = only();
        assertThat(sent.getRedirectedUrl()).isEqualTo(circulations + "/" + id);
        String page = body(get(circulations + "/" + id), world.coChair.basic());
        assertThat(page)
                .contains("Circulation of version 1")
                .contains("Recipients: 0 of 2 answered")
                .contains("Ms Outside");
        assertThat(body(get(circulations), world.participant.basic()))
                .contains("href=\"" + circulations + "/" + id + "\"");
    }

    @Test
    void theDeadlineIsTheEndOfTheDayWhereTheDrafterIsAndEachReaderSeesItInTheirZoneAndLanguage() throws Exception {
        Cookie tokyo = new Cookie("plenary-tz", "Asia/Tokyo");
        send(
                post(circulations)
                        .cookie(tokyo)
                        .param("version", "1")
                        .param("deadline", "2030-03-15")
                        .param("committeeIds", String.valueOf(world.committee)),
                world.coChair.basic());

        long id = only();
        assertThat(db.sql("SELECT deadline FROM circulation WHERE id = ?")
                        .param(id)
                        .query(OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(Instant.parse("2030-03-15T14:59:00Z"));
        assertThat(body(get(circulations + "/" + id), world.coChair.basic()))
                .contains("<time datetime=\"2030-03-15T14:59:00Z\">15 Mar 2030, 14:59</time>");
        assertThat(body(
                        get(circulations + "/" + id).cookie(tokyo).header("Accept-Language", "ru"),
                        world.coChair.basic()))
                .contains("<h1>Рассылка версии 1</h1>")
                .contains("Получатели: ответили 0 из 1")
                .contains("срок: <time datetime=\"2030-03-15T14:59:00Z\">15 мар. 2030 г., 23:59</time>")
                .contains(">национальный комитет<")
                .contains(">пока нет<")
                .doesNotContain("Recipients");
        assertThat(body(get(circulations).cookie(tokyo).header("Accept-Language", "ru"), world.coChair.basic()))
                .contains("<h1 id=\"page-heading\">Рассылки</h1>")
                .contains("Срок (конец дня в вашем часовом поясе: Asia/Tokyo)");
        assertThat(body(get(circulations), world.participant.basic()))
                .contains("href=\"" + circulations + "/" + id + "\"");
    }

    @Test
    void aDeadlineInThePastIsRefusedBesideItsFieldAndNothingIsCirculated() throws Exception {
        MockHttpServletResponse refused = send(
                post(circulations)
                        .param("version", "1")
                        .param("deadline", LocalDate.now().minusDays(1).toString())
                        .param("committeeIds", String.valueOf(world.committee)),
                world.coChair.basic());

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains(
                        "<span class=\"field-error\" id=\"deadline-error\" role=\"alert\">Deadline: the deadline must be"
                                + " in the future</span>");
        assertThat(count("circulation")).isZero();
        assertThat(send(post(circulations).param("version", "1"), world.participant.basic())
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theRepresentativeCommentsAndAmendsAndTheCoChairRepliesThroughThePage() throws Exception {
        String url = circulations + "/" + circulate();
        assertThat(body(get(url), world.representative.basic()))
                .contains("You answer for ")
                .contains("id=\"comment-form\"")
                .contains("id=\"amendment-form\"");
        assertThat(body(get(url), world.participant.basic())).doesNotContain("id=\"comment-form\"");

        MockHttpServletResponse comment = send(
                post(url + "/comments").param("paragraphKey", world.first).param("text", "Which pipeline?"),
                world.representative.basic());
        assertThat(comment.getRedirectedUrl()).startsWith(url + "#comment-");
        long commentId = Long.parseLong(comment.getRedirectedUrl().substring((url + "#comment-").length()));
        assertThat(send(
                                post(url + "/comments")
                                        .param("replyTo", String.valueOf(commentId))
                                        .param("text", "The gas pipeline."),
                                world.coChair.basic())
                        .getRedirectedUrl())
                .startsWith(url + "#comment-");
        MockHttpServletResponse amendment = send(
                post(url + "/amendments")
                        .param("kind", "REPLACE")
                        .param("paragraphKey", world.second)
                        .param("text", "Hold a regional energy dialogue every year.")
                        .param("rationale", "A dialogue needs a rhythm."),
                world.representative.basic());
        assertThat(amendment.getRedirectedUrl()).startsWith(url + "#amendment-");

        assertThat(body(get(url), world.coChair.basic()))
                .contains("Which pipeline?")
                .contains("<a href=\"#comment-" + commentId + "\">in reply to comment " + commentId + "</a>")
                .contains("The gas pipeline.")
                .contains("Hold a regional energy dialogue every year.")
                .contains("Recipients: 1 of 1 answered")
                // The keeper reads the amendment against the paragraph's current text.
                .contains("<div class=\"amendment-redline redline\">")
                .contains("energy dialogue<ins> every year</ins>.");
        assertThat(body(get(url), world.representative.basic())).doesNotContain("amendment-redline");
    }

    @Test
    void aCommentOnNoParagraphOrAnAmendmentWithoutRationaleIsRefusedBesideItsField() throws Exception {
        String url = circulations + "/" + circulate();

        MockHttpServletResponse comment = send(
                post(url + "/comments").param("paragraphKey", "para_999").param("text", "Where is this?"),
                world.representative.basic());
        assertThat(comment.getStatus()).isEqualTo(400);
        assertThat(comment.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"paragraphKey-error\" role=\"alert\">Paragraph: version 1 has no paragraph para_999<")
                .contains("Where is this?");
        MockHttpServletResponse amendment = send(
                post(url + "/amendments")
                        .param("kind", "DELETE")
                        .param("paragraphKey", world.first)
                        .param("rationale", " "),
                world.representative.basic());
        assertThat(amendment.getStatus()).isEqualTo(400);
        assertThat(amendment.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"rationale-error\" role=\"alert\">Rationale: an amendment needs a rationale<");
        assertThat(send(post(url + "/amendments").param("kind", "DELETE"), world.participant.basic())
                        .getStatus())
                .isEqualTo(403);

        assertThat(count("circulation_comment")).isZero();
        assertThat(count("circulation_amendment")).isZero();
    }

    private long circulate() throws Exception {
        return world.circulate(Instant.now().plus(Duration.ofDays(10)), List.of())
                .get("id")
                .asLong();
    }

    private long only() {
        return db.sql("SELECT id FROM circulation WHERE memorandum_id = ?")
                .param(world.memorandum)
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        String where = table.equals("circulation")
                ? "memorandum_id = ?"
                : "circulation_id IN (SELECT id FROM circulation WHERE memorandum_id = ?)";
        return db.sql("SELECT COUNT(*) FROM " + table + " WHERE " + where)
                .param(world.memorandum)
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(who)).andReturn().getResponse();
    }

    private String body(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = send(request, who);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
