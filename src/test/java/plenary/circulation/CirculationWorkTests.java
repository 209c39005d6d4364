package plenary.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.Directory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What circulations put on people's "My work": the representative of a committee the memorandum is circulated to
 * sees it with its deadline (overdue once that passed) until the committee answers; then the drafters see the
 * amendment to decide; one the circulation was not sent to sees none of it; and the drafter who circulates without a
 * mail server is told that no invitation went out.
 */
@PlenaryIntegrationTest
class CirculationWorkTests {

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

    JsonApi api;
    CirculationWorld world;

    @BeforeEach
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        world = new CirculationWorld(api, json, accounts, directory);
    }

    @Test
    void aRepresentativeSeesTheCirculationToCommentOnUntilTheCommitteeAnswersThenTheDraftersDecide() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode circulation = world.circulate(deadline, List.of());
        long id = circulation.get("id").asLong();
        String link = "/memoranda/" + world.memorandum + "/circulations/" + id;

        List<JsonNode> items = items(world.representative, link);
        assertThat(items).hasSize(1);
        JsonNode open = items.get(0);
        assertThat(open.get("kind").asString()).isEqualTo("COMMENT");
        assertThat(open.get("kindLabel").asString()).isEqualTo("Comments");
        assertThat(open.get("what").asString())
                .isEqualTo("Comment on version 1 of the memorandum, or propose amendments");
        assertThat(open.get("about").asString()).isEqualTo("Memorandum: Memorandum to circulate");
        assertThat(open.get("studyGroup").asString()).isEqualTo(groupTitle());
        assertThat(Instant.parse(open.get("deadline").asString())).isEqualTo(deadline);
        assertThat(open.get("overdue").asBoolean()).isFalse();
        assertThat(items(world.participant, link)).isEmpty();
        assertThat(items(world.coChair, link)).isEmpty();
        assertThat(russian("/my-work", world.representative))
                .contains("<td>Замечания</td>")
                .contains(">Прокомментируйте версию 1 меморандума или предложите поправки</a>")
                .contains("<td>Меморандум: Memorandum to circulate</td>");

        // The deadline passes unanswered: a late answer is still taken, so the item stays, marked overdue.
        db.sql("UPDATE circulation SET deadline = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(1))), id)
                .update();
        assertThat(items(world.representative, link).get(0).get("overdue").asBoolean())
                .isTrue();
        assertThat(page("/my-work", world.representative)).contains("<span class=\"badge badge-late\">overdue</span>");

        api.created(
                world.url(circulation) + "/amendments",
                world.representative.basic(),
                json.writeValueAsString(Map.of(
                        "kind", "REPLACE",
                        "paragraphKey", world.first,
                        "text", "Build the gas pipeline.",
                        "rationale", "Say which pipeline.",
                        "late", true)));

        assertThat(items(world.representative, link)).isEmpty();
        List<JsonNode> toDecide = items(world.coChair, link);
        assertThat(toDecide).hasSize(1);
        assertThat(toDecide.get(0).get("kind").asString()).isEqualTo("AMENDMENT");
        assertThat(toDecide.get(0).get("what").asString()).isEqualTo("Decide on 1 amendment");
        assertThat(russian("/my-work", world.coChair))
                .contains("<td>Поправка для решения</td>")
                .contains(">Примите решение по 1 поправке</a>");
        assertThat(page("/my-work", world.coChair)).contains(">Decide on 1 amendment</a>");
        assertThat(toDecide.get(0).has("deadline")).as("no deadline").isFalse();
        assertThat(items(world.participant, link)).isEmpty();
    }

    @Test
    void theDrafterIsToldNoInvitationWentOutWhenNoMailServerIsConfigured() throws Exception {
        MockHttpServletResponse circulated = mvc.perform(post("/memoranda/" + world.memorandum + "/circulations")
                        .param("version", "1")
                        .param("deadline", LocalDate.now().plusDays(10).toString())
                        .param("note", "Your comments, please.")
                        .param("committeeIds", String.valueOf(world.committee))
                        .with(csrf())
                        .with(world.coChair.basic()))
                .andExpect(flash().attribute(
                                "plenary.notice",
                                List.of("circulation.notice.circulated-no-mail", List.of("notify.trouble.no-server"))))
                .andReturn()
                .getResponse();
        String link = circulated.getRedirectedUrl();
        // The page the redirect leads to says why in its reader's language, the reason included; the notice waits
        // in the session, which the database keeps, and the next page reads it by the session's cookie.
        assertThat(mvc.perform(get(link)
                                .cookie(Objects.requireNonNull(circulated.getCookie("SESSION")))
                                .header("Accept-Language", "ru")
                                .with(world.coChair.basic()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("но приглашения по почте не ушли: почтовый сервер не настроен.")
                .doesNotContain("no mail server");
        assertThat(link).startsWith("/memoranda/" + world.memorandum + "/circulations/");
        assertThat(items(world.representative, link)).hasSize(1);
    }

    private List<JsonNode> items(Signed who, String link) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        api.read(api.get("/api/my-work", who.basic())).forEach(item -> {
            if (link.equals(item.get("link").asString(""))) {
                found.add(item);
            }
        });
        return found;
    }

    private String groupTitle() throws Exception {
        return api.read(api.get("/api/study-groups/" + world.group, TestAccounts.admin()))
                .get("title")
                .asString();
    }

    private String russian(String path, Signed who) throws Exception {
        return mvc.perform(get(path).with(who.basic()).header("Accept-Language", "ru"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String page(String path, Signed who) throws Exception {
        return mvc.perform(get(path).with(who.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
