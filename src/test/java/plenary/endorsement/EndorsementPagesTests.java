package plenary.endorsement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.CommitteeForm;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.directory.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The road to publication through the endorsement page's plain forms: the drafters ask for endorsement, each
 * representative answers for the committee, submission is refused with the rule's reasons until it is met, the
 * Steering Committee's decision is recorded and the secretariat publishes; each refusal is shown beside its field
 * and changes nothing; the published memorandum then joins the study group's dossier after its reports.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndorsementPagesTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CommitteeRecords committees;

    @Autowired
    PersonRecords people;

    @Autowired
    JdbcClient jdbc;

    JsonApi api;
    Signed coChair;
    Signed japan;
    Signed korea;
    Signed steering;
    CommitteeView japanCommittee;
    CommitteeView koreaCommittee;

    @BeforeAll
    void world() {
        api = new JsonApi(mvc, json);
        coChair = accounts.account(Role.CO_CHAIR);
        steering = accounts.account(Role.STEERING_COMMITTEE_MEMBER);
        japanCommittee = committee("Japan");
        koreaCommittee = committee("Korea");
        japan = representative(japanCommittee);
        korea = representative(koreaCommittee);
    }

    @Test
    void theWholeRoadThroughThePageEndsInTheStudyGroupsDossier() throws Exception {
        long[] made = memorandum();
        long id = made[0];
        String page = "/memoranda/" + id + "/endorsement";
        assertThat(body(get(page), coChair.basic()))
                .contains("id=\"request-form\"")
                .doesNotContain("id=\"answer-form\"");

        assertThat(send(post("/memoranda/" + id + "/endorsement-requests").param("versionNumber", "1"), coChair.basic())
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(body(get(page), japan.basic()))
                .contains("id=\"answer-form\"")
                .contains("Answer for " + japanCommittee.shortName());
        assertThat(send(
                                post("/memoranda/" + id + "/endorsements")
                                        .param("answer", "ENDORSES_WITH_RESERVATION")
                                        .param("reservation", "Japan would rather say a dialogue.")
                                        .param("paragraphKey", "para_2"),
                                japan.basic())
                        .getRedirectedUrl())
                .isEqualTo(page);

        MockHttpServletResponse early = send(submission(id), coChair.basic());
        assertThat(early.getStatus()).isEqualTo(400);
        assertThat(early.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"endorsements-error\" role=\"alert\">Endorsements: do not meet the study group")
                .contains(koreaCommittee.acronym() + " has not answered yet");
        assertThat(submitted(id)).isZero();
        // Why not yet, beside the matrix: in the reader's language, the committee's name as the directory has it.
        assertThat(body(get(page), coChair.basic()))
                .contains("<li>" + koreaCommittee.acronym() + " has not answered yet; the group's rule is"
                        + " consensus: every participating committee must endorse, with or without reservation.</li>");
        assertThat(body(get(page).header("Accept-Language", "ru"), coChair.basic()))
                .contains("<li>" + koreaCommittee.acronym() + " ещё не ответил; правило группы — консенсус: все"
                        + " участвующие комитеты должны одобрить, с оговорками или без.</li>")
                .doesNotContain("has not answered yet");

        assertThat(send(
                                post("/memoranda/" + id + "/endorsements")
                                        .param("answer", "ENDORSES")
                                        .param("paragraphKey", ""),
                                korea.basic())
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(send(submission(id), coChair.basic()).getRedirectedUrl()).isEqualTo(page);
        assertThat(body(get(page), steering.basic())).contains("id=\"decision-form\"");
        assertThat(send(post("/memoranda/" + id + "/decision").param("decision", "APPROVED"), steering.basic())
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(body(get(page), TestAccounts.admin())).contains("id=\"publication-form\"");
        assertThat(send(
                                post("/memoranda/" + id + "/publication").param("publishedOn", "2012-07-02"),
                                TestAccounts.admin())
                        .getRedirectedUrl())
                .isEqualTo(page);
        int number = jdbc.sql("SELECT number FROM memorandum_publication WHERE memorandum_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        assertThat(body(get(page), coChair.basic()))
                .contains("Published as memorandum no. " + number + " on\n")
                .contains("<time datetime=\"2012-07-02\">2 July 2012</time>");
        // The same page for a reader of Russian: the interface in Russian, the days in Russian words.
        assertThat(body(get(page).header("Accept-Language", "ru"), coChair.basic()))
                .contains("<h1 id=\"page-heading\">Одобрение: Memorandum " + id + "</h1>")
                .contains("Правило исследовательской группы: консенсус, оговорки допускаются.")
                .contains(">одобряет с оговоркой<")
                .contains("Представлен на 36th Steering Committee (Kuala Lumpur), дата:")
                .contains(">1 июня 2012")
                .contains("Опубликован как меморандум № " + number + ",")
                .contains(">2 июля 2012")
                .doesNotContain("Published as");

        String dossier = api.get("/api/study-groups/" + made[1] + "/dossier?format=md", null)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String heading = "Memorandum no. " + number + ", 2 July 2012: Memorandum " + id;
        assertThat(dossier)
                .contains("No report of this study group is published yet.")
                .contains("[" + heading + "](#memo_1)")
                .contains("# " + heading)
                .contains("1\\.1 A regional energy dialogue is needed.")
                .contains("Endorsed by " + japanCommittee.acronym() + " and " + koreaCommittee.acronym() + ".");
    }

    @Test
    void eachFormRefusesBesideItsFieldAndChangesNothing() throws Exception {
        long id = memorandum()[0];
        MockHttpServletResponse request =
                send(post("/memoranda/" + id + "/endorsement-requests").param("versionNumber", "9"), coChair.basic());
        assertThat(request.getStatus()).isEqualTo(400);
        assertThat(request.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"versionNumber-error\" role=\"alert\">Version: names no frozen version of the"
                        + " memorandum (it has [1])<");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM endorsement_round WHERE memorandum_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();

        send(post("/memoranda/" + id + "/endorsement-requests").param("versionNumber", "1"), coChair.basic());
        MockHttpServletResponse answer = send(
                post("/memoranda/" + id + "/endorsements").param("answer", "ENDORSES_WITH_RESERVATION"), japan.basic());
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"reservation-error\" role=\"alert\">Reservation: must say what the reservation is<");
        MockHttpServletResponse decision =
                send(post("/memoranda/" + id + "/decision").param("decision", "APPROVED"), steering.basic());
        assertThat(decision.getStatus()).isEqualTo(400);
        assertThat(decision.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"decision-error\" role=\"alert\">Decision: cannot be recorded: the memorandum awaits no"
                        + " decision of the Steering Committee<");
        MockHttpServletResponse publication = send(post("/memoranda/" + id + "/publication"), TestAccounts.admin());
        assertThat(publication.getStatus()).isEqualTo(400);
        assertThat(publication.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"publication-error\" role=\"alert\">Publication: cannot be made: the Steering Committee"
                        + " has not approved the memorandum<");
        assertThat(send(post("/memoranda/" + id + "/publication"), coChair.basic())
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM endorsement e JOIN endorsement_round r ON r.id = e.round_id"
                                + " WHERE r.memorandum_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MockHttpServletRequestBuilder submission(long id) {
        return post("/memoranda/" + id + "/submission")
                .param("meeting", "36th Steering Committee")
                .param("place", "Kuala Lumpur")
                .param("meetingOn", "2012-06-01");
    }

    private long submitted(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM endorsement_round WHERE memorandum_id = ? AND submitted_at IS NOT NULL")
                .param(id)
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

    // --- the world

    private CommitteeView committee(String country) {
        int n = SEQUENCE.incrementAndGet();
        return CurrentAccount.asSystem(() -> committees.create(new CommitteeForm(
                "CSCAP Page " + country + " " + n + "-" + System.nanoTime(),
                "CSCAP-P" + country + n,
                CommitteeKind.MEMBER_COMMITTEE,
                Nationality.JP,
                null)));
    }

    private Signed representative(CommitteeView committee) {
        int n = SEQUENCE.incrementAndGet();
        PersonView person = CurrentAccount.asSystem(() -> people.create(new PersonForm(
                "Page Representative " + n,
                Nationality.JP,
                null,
                committee.id().value(),
                Pronoun.THEY,
                "page-representative" + n + "-" + System.nanoTime() + "@example.org",
                null)));
        return accounts.account(Role.COMMITTEE_REPRESENTATIVE, person);
    }

    /** A memorandum of one paragraph ("para_2"), version 1 frozen, of a group of Japan and Korea: id and group. */
    private long[] memorandum() throws Exception {
        long group = api.created(
                        "/api/study-groups",
                        TestAccounts.admin(),
                        json.writeValueAsString(new HashMap<>(Map.of(
                                "title",
                                "Study Group on Endorsement Pages " + SEQUENCE.incrementAndGet() + "-"
                                        + System.nanoTime(),
                                "status",
                                "ACTIVE",
                                "coChairIds",
                                List.of(coChair.person().id().value()),
                                "committeeIds",
                                List.of(
                                        japanCommittee.id().value(),
                                        koreaCommittee.id().value()),
                                "consensusRule",
                                "CONSENSUS_WITH_RESERVATIONS"))))
                .get("id")
                .asLong();
        long id = api.created(
                        "/api/memoranda",
                        coChair.basic(),
                        json.writeValueAsString(Map.of("studyGroupId", group, "fromRecord", false, "title", "x")))
                .get("id")
                .asLong();
        JsonNode saved = api.changed("/api/memoranda/" + id, coChair.basic(), """
                {"title":"Memorandum %d","preamble":"","version":1,"sections":[{"heading":"Energy",
                 "paragraphs":[{"text":"A regional energy dialogue is needed.","proposalIds":[],"institutionIds":[]}]}]}""".formatted(id));
        api.created(
                "/api/memoranda/" + id + "/versions",
                coChair.basic(),
                "{\"note\":\"Final\",\"version\":" + saved.get("version").asInt() + "}");
        return new long[] {id, group};
    }
}
