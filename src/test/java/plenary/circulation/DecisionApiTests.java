package plenary.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.Role;
import plenary.notify.OutgoingMail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The co-chairs' decisions on amendments and the bracketed text they leave: each decision applied to the working
 * text (or refused: decided twice, the paragraph gone, not entitled) with its author told; support shown against
 * the words a committee saw until it confirms new ones; the compilation of a version; a committee's requests.
 */
@PlenaryIntegrationTest
class DecisionApiTests {

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

    @Autowired
    DecisionMail decisionMail;

    JsonApi api;
    CirculationWorld world;
    String circulation;

    @BeforeEach
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        world = new CirculationWorld(api, json, accounts, directory);
        circulation = world.url(world.circulate(Instant.now().plus(Duration.ofDays(10)), List.of()));
    }

    @Test
    void acceptingAReplacementRewritesTheParagraphTellsItsAuthorAndIsDecidedOnce() throws Exception {
        long amendment = amend("REPLACE", world.first, "Build the gas pipeline.");

        JsonNode decided = decide(amendment, Map.of("decision", "ACCEPT"));

        assertThat(decided.get("decision").asString()).isEqualTo("ACCEPT");
        assertThat(paragraphs()).containsExactly("Build the gas pipeline.", "Hold an energy dialogue.");
        assertThat(told(DecisionMail.DECIDED))
                .containsExactly(world.representative.person().email());
        assertRefused(
                api.post(
                        decision(amendment),
                        world.coChair.basic(),
                        body(Map.of("decision", "REJECT", "reason", "No."))),
                "decision",
                "once");
        assertThat(paragraphs()).containsExactly("Build the gas pipeline.", "Hold an energy dialogue.");
        assertThat(amendmentRead(amendment).get("decision").asString()).isEqualTo("ACCEPT");
    }

    @Test
    void anInsertionAddsAParagraphAfterItsOwnAndADeletionDeletesIt() throws Exception {
        decide(amend("INSERT_AFTER", world.first, "Share the costs."), Map.of("decision", "ACCEPT"));
        decide(amend("DELETE", world.second, null), Map.of("decision", "ACCEPT"));

        assertThat(paragraphs()).containsExactly("Build the pipeline.", "Share the costs.");
    }

    @Test
    void aMergeAppliesTheCoChairsWordingAndARejectionGivesItsAuthorTheReason() throws Exception {
        long merged = amend("REPLACE", world.first, "Build the gas pipeline now.");
        long rejected = amend("DELETE", world.second, null);

        assertRefused(
                api.post(decision(rejected), world.coChair.basic(), body(Map.of("decision", "REJECT"))),
                "reason",
                "required");
        decide(merged, Map.of("decision", "MERGE", "text", "Build the gas pipeline by 2015."));
        decide(rejected, Map.of("decision", "REJECT", "reason", "The dialogue is the heart of the memorandum."));

        assertThat(paragraphs()).containsExactly("Build the gas pipeline by 2015.", "Hold an energy dialogue.");
        JsonNode seen = amendmentRead(rejected);
        assertThat(seen.get("decision").asString()).isEqualTo("REJECT");
        assertThat(seen.get("decisionText").asString()).isEqualTo("The dialogue is the heart of the memorandum.");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                circulation.replace("/api", ""))
                        .with(world.representative.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Reason for the rejection: The dialogue is the heart of the memorandum.");
        assertThat(decisionMail
                        .render(new OutgoingMail(
                                DecisionMail.DECIDED,
                                "someone@example.org",
                                null,
                                null,
                                Map.of(
                                        "title", "Memorandum to circulate",
                                        "paragraphKey", "para_2",
                                        "decision", "REJECT",
                                        "text", "The dialogue is the heart of the memorandum."),
                                Instant.now(),
                                "x"))
                        .orElseThrow()
                        .body())
                .isEqualTo("On your amendment to paragraph para_2 of \"Memorandum to circulate\", the co-chairs"
                        + " rejected it, for this reason:\n\nThe dialogue is the heart of the memorandum.\n");
    }

    @Test
    void anAmendmentToAParagraphNoLongerInTheWorkingTextIsRefusedAndStaysUndecided() throws Exception {
        long deletion = amend("DELETE", world.first, null);
        long replacement = amend("REPLACE", world.first, "Build the gas pipeline.");
        decide(deletion, Map.of("decision", "ACCEPT"));

        assertRefused(
                api.post(decision(replacement), world.coChair.basic(), body(Map.of("decision", "ACCEPT"))),
                "paragraphKey",
                "exists");
        assertThat(amendmentRead(replacement).has("decision")).isFalse();
        assertThat(paragraphs()).containsExactly("Hold an energy dialogue.");
    }

    @Test
    void onlyTheDraftersDecide() throws Exception {
        long amendment = amend("REPLACE", world.first, "Build the gas pipeline.");
        for (Signed who : List.of(world.representative, world.participant)) {
            assertThat(api.post(decision(amendment), who.basic(), body(Map.of("decision", "ACCEPT")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(amendmentRead(amendment).has("decision")).isFalse();
        assertThat(paragraphs()).containsExactly("Build the pipeline.", "Hold an energy dialogue.");
    }

    @Test
    void theCompilationPrintsEveryOpenAlternativeInBracketsWithItsSupporters() throws Exception {
        long open = amend("REPLACE", world.second, "Set up an energy regime.");
        decide(open, Map.of("decision", "KEEP_OPEN"));
        world.admitOtherCommittee();
        support(world.representative, open, Map.of("current", true));
        support(world.representative, open, Map.of("current", true));
        support(otherRepresentative(), open, Map.of());

        JsonNode compilation = api.read(api.get(compilation(1), world.participant.basic()));

        String expected = "[Hold an energy dialogue.] (" + world.committeeName + ") [Set up an energy regime.] ("
                + world.otherCommitteeName + ")";
        assertThat(compilation.get("brackets")).hasSize(1);
        assertThat(compilation.get("brackets").get(0).get("text").asString()).isEqualTo(expected);
        assertThat(compilation.get("brackets").get(0).get("number").asString()).isEqualTo("1.2");
        assertThat(text(api.get(compilation(1) + "&format=html", world.participant.basic())))
                .contains(expected)
                .contains("Build the pipeline.");
        assertThat(text(api.get(
                        "/memoranda/" + world.memorandum + "/compilation?version=1", world.participant.basic())))
                .contains(expected);
    }

    @Test
    void supportStaysWithTheWordsSeenUntilTheCommitteeConfirmsTheNewOnes() throws Exception {
        long open = amend("REPLACE", world.second, "Set up an energy regime.");
        decide(open, Map.of("decision", "KEEP_OPEN"));
        support(world.representative, open, Map.of("current", true));
        decide(amend("REPLACE", world.second, "Hold an energy dialogue every year."), Map.of("decision", "ACCEPT"));
        freeze();

        assertThat(told(DecisionMail.WORDING_CHANGED))
                .containsExactly(world.representative.person().email());
        JsonNode own = api.read(api.get(compilation(2), world.participant.basic()))
                .get("brackets")
                .get(0)
                .get("alternatives")
                .get(0);
        assertThat(own.get("text").asString()).isEqualTo("Hold an energy dialogue every year.");
        assertThat(own.get("supporters")).isEmpty();
        assertThat(own.get("earlierSupport").get(0).get("committee").asString()).isEqualTo(world.committeeName);
        assertThat(own.get("earlierSupport").get(0).get("wording").asString()).isEqualTo("Hold an energy dialogue.");

        support(world.representative, open, Map.of("current", true));

        assertThat(api.read(api.get(compilation(2), world.participant.basic()))
                        .get("brackets")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("[Hold an energy dialogue every year.] (" + world.committeeName
                        + ") [Set up an energy regime.]");
        // Version 1 still shows the support for its own words: given for them, never withdrawn.
        assertThat(api.read(api.get(compilation(1), world.participant.basic()))
                        .get("brackets")
                        .get(0)
                        .get("alternatives")
                        .get(0)
                        .get("supporters"))
                .isEmpty();
    }

    @Test
    void onlyARepresentativeSupportsAndOnlyAnOpenBracket() throws Exception {
        long amendment = amend("REPLACE", world.second, "Set up an energy regime.");
        assertRefused(
                api.post(support(amendment), world.representative.basic(), body(Map.of())), "amendmentId", "open");
        decide(amendment, Map.of("decision", "KEEP_OPEN"));
        assertThat(api.post(support(amendment), world.participant.basic(), body(Map.of()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(api.post(
                                support(amendment),
                                world.representative.basic(),
                                body(Map.of("committeeId", world.otherCommittee)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        JsonNode withdrawn = support(world.representative, amendment, Map.of("withdraw", true));
        assertThat(withdrawn.get("withdrawn").asBoolean()).isTrue();
    }

    @Test
    void aCommitteeThatIsNoMemberOfTheStudyGroupIsRefusedItsSupportAndNothingIsStored() throws Exception {
        long open = amend("REPLACE", world.second, "Set up an energy regime.");
        decide(open, Map.of("decision", "KEEP_OPEN"));
        Signed outsider = otherRepresentative();

        for (Map<String, Long> form : List.of(Map.<String, Long>of(), Map.of("committeeId", world.otherCommittee))) {
            MockHttpServletResponse refused = api.post(support(open), outsider.basic(), body(form))
                    .andReturn()
                    .getResponse();
            assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(400);
            JsonNode violation = json.readTree(refused.getContentAsString())
                    .get("violations")
                    .get(0);
            assertThat(violation.get("field").asString()).isEqualTo("committeeId");
            assertThat(violation.get("rule").asString()).isEqualTo("member");
            assertThat(violation.get("message").asString())
                    .isEqualTo(world.otherCommitteeName + " is not a member committee of the study group, so it"
                            + " supports no wording of its memorandum");
        }

        assertThat(db.sql("SELECT COUNT(*) FROM circulation_support WHERE memorandum_id = ?")
                        .param(world.memorandum)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCommitteeSeesWhatItAskedForAndWhatBecameOfIt() throws Exception {
        long rejected = amend("DELETE", world.second, null);
        long pending = amend("REPLACE", world.first, "Build the gas pipeline.");
        decide(rejected, Map.of("decision", "REJECT", "reason", "Kept on purpose."));
        api.created(
                circulation + "/comments",
                world.representative.basic(),
                body(Map.of("paragraphKey", world.first, "text", "Which pipeline?")));

        JsonNode requests = api.read(api.get(
                "/api/memoranda/" + world.memorandum + "/committees/" + world.committee + "/requests",
                world.participant.basic()));

        assertThat(requests.get("committee").asString()).isEqualTo(world.committeeName);
        assertThat(requests.get("requests").findValuesAsString("outcome")).containsExactly("reject", "pending", "open");
        assertThat(requests.get("requests").get(0).get("id").asLong()).isEqualTo(rejected);
        assertThat(requests.get("requests").get(0).get("outcomeText").asString())
                .isEqualTo("Kept on purpose.");
        assertThat(requests.get("requests").get(1).get("id").asLong()).isEqualTo(pending);
    }

    private long amend(String kind, String key, String text) throws Exception {
        Map<String, Object> form =
                new java.util.HashMap<>(Map.of("kind", kind, "paragraphKey", key, "rationale", "Because."));
        if (text != null) {
            form.put("text", text);
        }
        return api.created(circulation + "/amendments", world.representative.basic(), body(form))
                .get("id")
                .asLong();
    }

    private JsonNode decide(long amendment, Map<String, Object> form) throws Exception {
        ResultActions sent = api.post(decision(amendment), world.coChair.basic(), body(form));
        MockHttpServletResponse answer = sent.andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return api.read(sent);
    }

    private JsonNode support(Signed who, long amendment, Map<String, Object> form) throws Exception {
        ResultActions sent = api.post(support(amendment), who.basic(), body(form));
        MockHttpServletResponse answer = sent.andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return api.read(sent);
    }

    private Signed otherRepresentative() {
        return accounts.account(
                Role.COMMITTEE_REPRESENTATIVE,
                directory.person(new PersonId(world.outsiderPerson)).orElseThrow());
    }

    private void freeze() throws Exception {
        int revision = api.read(api.get("/api/memoranda/" + world.memorandum, world.coChair.basic()))
                .get("version")
                .asInt();
        api.created(
                "/api/memoranda/" + world.memorandum + "/versions",
                world.coChair.basic(),
                body(Map.of("note", "After the decisions", "version", revision)));
    }

    private List<String> paragraphs() throws Exception {
        return api.read(api.get("/api/memoranda/" + world.memorandum, world.coChair.basic()))
                .get("sections")
                .get(0)
                .get("paragraphs")
                .findValuesAsString("text");
    }

    private JsonNode amendmentRead(long id) throws Exception {
        for (JsonNode a :
                api.read(api.get(circulation, world.representative.basic())).get("amendments")) {
            if (a.get("id").asLong() == id) {
                return a;
            }
        }
        throw new AssertionError("no amendment " + id);
    }

    private List<String> told(String kind) {
        return db.sql("SELECT recipient_email FROM outbox_message WHERE kind = ? AND facts LIKE ?")
                .params(kind, "%\"memorandumId\":\"" + world.memorandum + "\"%")
                .query(String.class)
                .list();
    }

    private String decision(long amendment) {
        return "/api/memoranda/" + world.memorandum + "/amendments/" + amendment + "/decision";
    }

    private String support(long amendment) {
        return "/api/memoranda/" + world.memorandum + "/amendments/" + amendment + "/support";
    }

    private String compilation(int version) {
        return "/api/memoranda/" + world.memorandum + "/compilation?version=" + version;
    }

    private String body(Map<String, ?> form) throws Exception {
        return json.writeValueAsString(form);
    }

    private static String text(ResultActions sent) throws Exception {
        MockHttpServletResponse answer = sent.andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return answer.getContentAsString();
    }

    private void assertRefused(ResultActions sent, String field, String rule) throws Exception {
        MockHttpServletResponse answer = sent.andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
        JsonNode violations = json.readTree(answer.getContentAsString()).get("violations");
        assertThat(violations.findValuesAsString("field"))
                .as(answer.getContentAsString())
                .contains(field);
        assertThat(violations.findValuesAsString("rule"))
                .as(answer.getContentAsString())
                .contains(rule);
    }
}
