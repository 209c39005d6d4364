package plenary.endorsement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * The road from a final version to publication through the API: endorsement asked for (a request queued to each
 * committee's representative), answered once per committee by its representative, the rule's verdict in words,
 * submission refused until the rule is met, the Steering Committee's decision, publication with reservations as
 * footnotes; and each refusal changing nothing.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndorsementApiTests {

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
    Signed otherKorean;
    Signed outsider;
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
        otherKorean = representative(koreaCommittee);
        CommitteeView elsewhere = committee("Elsewhere");
        outsider = representative(elsewhere);
    }

    @Test
    void theWholeRoadFromEndorsementToPublication() throws Exception {
        long id = memorandum("FULL_CONSENSUS", null);
        JsonNode asked = api.created(
                "/api/memoranda/" + id + "/endorsement-requests",
                coChair.basic(),
                "{\"versionNumber\":1,\"note\":\"Please answer by Friday.\"}");
        assertThat(asked.get("versionNumber").asInt()).isEqualTo(1);
        assertThat(asked.get("mayBeSubmitted").asBoolean()).isFalse();
        assertThat(kinds(japan)).contains("endorsement-request");
        assertThat(kinds(korea)).contains("endorsement-request");

        endorse(id, japan, "ENDORSES_WITH_RESERVATION", "Japan would rather say a dialogue.", "para_2");
        JsonNode state = endorse(id, korea, "ENDORSES", null, null);
        assertThat(state.get("mayBeSubmitted").asBoolean()).isFalse();
        assertThat(state.get("reasons").get(0).asString())
                .isEqualTo(japanCommittee.acronym()
                        + " endorses only with a reservation; the group's rule is full consensus: every participating"
                        + " committee must endorse without reservation.");

        long lenient = memorandum("CONSENSUS_WITH_RESERVATIONS", null);
        api.created("/api/memoranda/" + lenient + "/endorsement-requests", coChair.basic(), "{\"versionNumber\":1}");
        endorse(lenient, japan, "ENDORSES_WITH_RESERVATION", "Japan would rather say a dialogue.", "para_2");
        JsonNode met = endorse(lenient, korea, "ENDORSES", null, null);
        assertThat(met.get("mayBeSubmitted").asBoolean()).isTrue();
        assertThat(met.get("committees").findValuesAsString("answer"))
                .containsExactly("ENDORSES_WITH_RESERVATION", "ENDORSES");

        api.created(
                "/api/memoranda/" + lenient + "/submission",
                coChair.basic(),
                "{\"meeting\":\"36th Steering Committee\",\"place\":\"Kuala Lumpur\",\"meetingOn\":\"2012-06-01\"}");
        JsonNode decided =
                api.created("/api/memoranda/" + lenient + "/decision", steering.basic(), "{\"decision\":\"APPROVED\"}");
        assertThat(decided.get("submission").get("decision").asString()).isEqualTo("APPROVED");
        JsonNode published = api.created(
                "/api/memoranda/" + lenient + "/publication", TestAccounts.admin(), "{\"publishedOn\":\"2012-07-02\"}");
        int number = published.get("publication").get("number").asInt();
        assertThat(kinds(korea)).contains("memorandum-published");

        String md = publication(lenient, "md");
        assertThat(md)
                .contains("Memorandum no. " + number + ", 2 July 2012")
                .contains("1\\.1 A regional energy dialogue is needed.[^1]\n")
                .contains("[^1]: " + japanCommittee.acronym() + " endorses with a reservation: Japan would rather say a"
                        + " dialogue.\n")
                .contains("Endorsed by " + japanCommittee.acronym() + " and " + koreaCommittee.acronym() + ".");
        for (String format : List.of("html", "pdf", "docx", "akn")) {
            assertThat(api.get("/api/memoranda/" + lenient + "/publication?format=" + format, null)
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(format)
                    .isEqualTo(200);
        }
        assertThat(api.read(api.get("/api/memoranda/published", null)).findValuesAsString("title"))
                .contains("Memorandum " + lenient);
    }

    @Test
    void onlyARepresentativeOfAParticipatingCommitteeAnswersAndNothingChanges() throws Exception {
        long id = memorandum("FULL_CONSENSUS", null);
        api.created("/api/memoranda/" + id + "/endorsement-requests", coChair.basic(), "{\"versionNumber\":1}");
        for (Signed stranger : List.of(outsider, coChair, steering)) {
            MockHttpServletResponse refused = answer(id, stranger, "ENDORSES", null, null);
            assertThat(refused.getStatus()).as(stranger.username()).isEqualTo(403);
        }
        assertThat(answers(id)).isZero();
    }

    @Test
    void aCommitteeAnswersOnceAndNothingChanges() throws Exception {
        long id = memorandum("FULL_CONSENSUS", null);
        api.created("/api/memoranda/" + id + "/endorsement-requests", coChair.basic(), "{\"versionNumber\":1}");
        endorse(id, korea, "OBJECTS", null, null);
        MockHttpServletResponse again = answer(id, otherKorean, "ENDORSES", null, null);
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("\"rule\":\"once-per-committee\"");
        JsonNode state = api.read(api.get("/api/memoranda/" + id + "/endorsement", coChair.basic()));
        assertThat(state.get("committees").findValuesAsString("answer")).containsExactly("OBJECTS");
        assertThat(answers(id)).isOne();
    }

    @Test
    void submissionIsRefusedUntilTheRuleIsMetAndNothingChanges() throws Exception {
        long id = memorandum("QUORUM", 2);
        api.created("/api/memoranda/" + id + "/endorsement-requests", coChair.basic(), "{\"versionNumber\":1}");
        endorse(id, japan, "ENDORSES", null, null);
        MockHttpServletResponse refused = api.post(
                        "/api/memoranda/" + id + "/submission",
                        coChair.basic(),
                        "{\"meeting\":\"36th Steering Committee\",\"meetingOn\":\"2012-06-01\"}")
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString())
                .contains("\"field\":\"endorsements\"")
                .contains("\"rule\":\"consensus-rule\"")
                .contains("1 of the 2 committees the quorum requires endorses; still to answer: "
                        + koreaCommittee.acronym());
        JsonNode state = api.read(api.get("/api/memoranda/" + id + "/endorsement", coChair.basic()));
        assertThat(state.path("submission").isObject()).isFalse();

        endorse(id, korea, "ABSTAINS", null, null);
        assertThat(api.post("/api/memoranda/" + id + "/decision", steering.basic(), "{\"decision\":\"APPROVED\"}")
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a decision before submission")
                .isEqualTo(400);
    }

    // --- the world

    @Test
    void theEndorsementDueShowsOnTheRepresentativesWorkUntilTheirCommitteeAnswers() throws Exception {
        long id = memorandum("FULL_CONSENSUS", null);
        String link = "/memoranda/" + id + "/endorsement";
        api.created("/api/memoranda/" + id + "/endorsement-requests", coChair.basic(), "{\"versionNumber\":1}");

        List<JsonNode> due = work(japan, link);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("kind").asString()).isEqualTo("ENDORSEMENT");
        assertThat(due.get(0).get("what").asString())
                .isEqualTo("Answer for your committee on version 1: endorse, endorse with a reservation, object or"
                        + " abstain");
        assertThat(due.get(0).get("about").asString()).isEqualTo("Memorandum: Memorandum " + id);
        assertThat(work(korea, link)).hasSize(1);
        assertThat(work(outsider, link)).isEmpty();
        assertThat(work(coChair, link)).isEmpty();

        endorse(id, japan, "ENDORSES", null, null);

        assertThat(work(japan, link)).isEmpty();
        assertThat(work(korea, link)).hasSize(1);
    }

    /** The items of the one's "My work" that lead to the page. */
    private List<JsonNode> work(Signed who, String link) throws Exception {
        List<JsonNode> found = new java.util.ArrayList<>();
        api.read(api.get("/api/my-work", who.basic())).forEach(item -> {
            if (link.equals(item.get("link").asString(""))) {
                found.add(item);
            }
        });
        return found;
    }

    private CommitteeView committee(String country) {
        int n = SEQUENCE.incrementAndGet();
        return CurrentAccount.asSystem(() -> committees.create(new CommitteeForm(
                "CSCAP " + country + " " + n + "-" + System.nanoTime(),
                "CSCAP-" + country + n,
                CommitteeKind.MEMBER_COMMITTEE,
                Nationality.JP,
                null)));
    }

    private Signed representative(CommitteeView committee) {
        int n = SEQUENCE.incrementAndGet();
        PersonView person = CurrentAccount.asSystem(() -> people.create(new PersonForm(
                "Representative " + n,
                Nationality.JP,
                null,
                committee.id().value(),
                Pronoun.THEY,
                "representative" + n + "-" + System.nanoTime() + "@example.org",
                null)));
        return accounts.account(Role.COMMITTEE_REPRESENTATIVE, person);
    }

    /** A memorandum of one paragraph ("para_2") with version 1 frozen, of a group of Japan and Korea. */
    private long memorandum(String rule, Integer quorum) throws Exception {
        long group = api.created(
                        "/api/study-groups",
                        TestAccounts.admin(),
                        json.writeValueAsString(new java.util.HashMap<>(Map.of(
                                "title",
                                "Study Group on Endorsement " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                                "status",
                                "ACTIVE",
                                "coChairIds",
                                List.of(coChair.person().id().value()),
                                "committeeIds",
                                List.of(
                                        japanCommittee.id().value(),
                                        koreaCommittee.id().value()),
                                "consensusRule",
                                rule,
                                "quorum",
                                quorum == null ? 1 : quorum))))
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
        assertThat(saved.get("sections")
                        .get(0)
                        .get("paragraphs")
                        .get(0)
                        .get("key")
                        .asString())
                .isEqualTo("para_2");
        api.created(
                "/api/memoranda/" + id + "/versions",
                coChair.basic(),
                "{\"note\":\"Final\",\"version\":" + saved.get("version").asInt() + "}");
        return id;
    }

    private JsonNode endorse(long id, Signed who, String answer, String reservation, String key) throws Exception {
        MockHttpServletResponse response = answer(id, who, answer, reservation, key);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    private MockHttpServletResponse answer(long id, Signed who, String answer, String reservation, String key)
            throws Exception {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("answer", answer);
        body.put("reservation", reservation);
        body.put("paragraphKey", key);
        return api.post("/api/memoranda/" + id + "/endorsements", who.basic(), json.writeValueAsString(body))
                .andReturn()
                .getResponse();
    }

    private List<String> kinds(Signed who) {
        return jdbc.sql("SELECT kind FROM outbox_message WHERE person_id = ?")
                .param(who.person().id().value())
                .query(String.class)
                .list();
    }

    private long answers(long memorandum) {
        return jdbc.sql("SELECT COUNT(*) FROM endorsement e JOIN endorsement_round r ON r.id = e.round_id"
                        + " WHERE r.memorandum_id = ?")
                .param(memorandum)
                .query(Long.class)
                .single();
    }

    private String publication(long id, String format) throws Exception {
        return api.get("/api/memoranda/" + id + "/publication?format=" + format, null)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
