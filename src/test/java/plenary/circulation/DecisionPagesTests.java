package plenary.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import plenary.TestAccounts.Signed;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Decisions on amendments and support in brackets through the circulation's page: the co-chairs decide each kind
 * with the form beside the amendment and land back on it; a refusal shows beside its field and changes nothing; a
 * committee's representative supports an alternative kept open and confirms a wording that changed; whoever may not
 * sees no form and is refused if they post.
 */
@PlenaryIntegrationTest
class DecisionPagesTests {

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
    String page;
    String apiCirculation;

    @BeforeEach
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        world = new CirculationWorld(api, json, accounts, directory);
        apiCirculation = world.url(world.circulate(Instant.now().plus(Duration.ofDays(10)), List.of()));
        page = apiCirculation.replace("/api", "");
    }

    @Test
    void theCoChairsDecideEachKindFromThePageAndLandBackOnTheAmendment() throws Exception {
        long accepted = amend("REPLACE", world.first, "Build the gas pipeline.");
        long merged = amend("INSERT_AFTER", world.first, "Share the costs.");
        long rejected = amend("DELETE", world.second, null);
        long open = amend("REPLACE", world.second, "Set up an energy regime.");

        String form = body(get(page), world.coChair.basic());
        assertThat(form)
                .contains("<form id=\"decide-" + accepted + "\" method=\"post\" action=\"" + page + "/amendments/"
                        + accepted + "/decision\"")
                .contains("name=\"decision\" value=\"ACCEPT\"")
                .contains("name=\"decision\" value=\"REJECT\"")
                .contains("name=\"decision\" value=\"MERGE\"")
                .contains("name=\"decision\" value=\"KEEP_OPEN\"")
                .contains(" Accept</label>")
                .contains(" Reject</label>")
                .contains(" Merge into our wording</label>")
                .contains(" Keep open in brackets</label>")
                .contains("<label>Reason or wording <textarea name=\"text\">")
                .contains("<button type=\"submit\">Record the decision</button>");

        assertThat(decide(accepted, "ACCEPT", null).getRedirectedUrl()).isEqualTo(page + "#amendment-" + accepted);
        assertThat(decide(merged, "MERGE", "Share the costs fairly.").getRedirectedUrl())
                .isEqualTo(page + "#amendment-" + merged);
        assertThat(decide(rejected, "REJECT", "The dialogue stays.").getRedirectedUrl())
                .isEqualTo(page + "#amendment-" + rejected);
        assertThat(decide(open, "KEEP_OPEN", null).getRedirectedUrl()).isEqualTo(page + "#amendment-" + open);

        assertThat(paragraphs())
                .containsExactly("Build the gas pipeline.", "Share the costs fairly.", "Hold an energy dialogue.");
        assertThat(decisions())
                .containsExactly(
                        Map.entry(accepted, "ACCEPT"),
                        Map.entry(merged, "MERGE"),
                        Map.entry(rejected, "REJECT"),
                        Map.entry(open, "KEEP_OPEN"));
        assertThat(amendmentRead(rejected).get("decisionText").asString()).isEqualTo("The dialogue stays.");
        assertThat(bracketTexts()).containsExactly("[Hold an energy dialogue.] [Set up an energy regime.]");
        String after = body(get(page), world.coChair.basic());
        assertThat(after)
                .doesNotContain("id=\"decide-" + accepted + "\"")
                .doesNotContain("id=\"decide-" + merged + "\"")
                .doesNotContain("id=\"decide-" + rejected + "\"")
                .contains("id=\"decide-" + open + "\"");

        // Kept open, it is decided for good later, and its bracket closes.
        assertThat(decide(open, "REJECT", "The dialogue it is.").getRedirectedUrl())
                .isEqualTo(page + "#amendment-" + open);
        assertThat(bracketTexts()).isEmpty();
        assertThat(body(get(page), world.coChair.basic())).doesNotContain("id=\"decide-");
    }

    @Test
    void aRefusedDecisionIsShownBesideItsFieldAndChangesNothing() throws Exception {
        long deletion = amend("DELETE", world.second, null);
        long replacement = amend("REPLACE", world.first, "Build the gas pipeline.");

        MockHttpServletResponse noReason = decide(deletion, "REJECT", " ");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(formOf(noReason, "decide-" + deletion))
                .contains("<span class=\"field-error\" id=\"reason-error\" role=\"alert\">Reason: a rejection gives"
                        + " its author a reason</span>")
                .contains("value=\"REJECT\" checked");
        // The page's one field takes a merge's longer wording; a reason still may not be longer than the API's.
        MockHttpServletResponse longReason = decide(deletion, "REJECT", "x".repeat(5001));
        assertThat(formOf(longReason, "decide-" + deletion))
                .contains("<span class=\"field-error\" id=\"reason-error\" role=\"alert\">Reason: must be at most"
                        + " 5000 characters</span>");
        MockHttpServletResponse noWording = decide(replacement, "MERGE", "");
        assertThat(formOf(noWording, "decide-" + replacement))
                .contains("<span class=\"field-error\" id=\"text-error\" role=\"alert\">Text: a merge needs the"
                        + " co-chairs' own wording</span>");
        MockHttpServletResponse noDecision = decide(replacement, null, "Whatever.");
        assertThat(formOf(noDecision, "decide-" + replacement))
                .contains("<span class=\"field-error\" id=\"decision-error\" role=\"alert\">Decision: accept, reject,"
                        + " merge or keep the amendment open</span>")
                .contains(">Whatever.</textarea>");
        assertThat(decisions()).containsExactly(Map.entry(deletion, ""), Map.entry(replacement, ""));

        decide(replacement, "ACCEPT", null);
        MockHttpServletResponse twice = send(
                post(page + "/amendments/" + replacement + "/decision")
                        .param("decision", "REJECT")
                        .param("text", "No."),
                world.coChair.basic());
        assertThat(formOf(twice, "decide-" + replacement))
                .contains("id=\"decision-error\" role=\"alert\">Decision: amendment " + replacement
                        + " was decided already (accept)</span>");
        assertThat(decisions()).containsExactly(Map.entry(deletion, ""), Map.entry(replacement, "ACCEPT"));
        assertThat(paragraphs()).containsExactly("Build the gas pipeline.", "Hold an energy dialogue.");
    }

    @Test
    void aRepresentativeSupportsAnAlternativeKeptOpenAndConfirmsTheNewWording() throws Exception {
        long open = amend("REPLACE", world.second, "Set up an energy regime.");
        decide(open, "KEEP_OPEN", null);
        String support = page + "/amendments/" + open + "/support";
        String forCommittee = "<button type=\"submit\">Support for " + world.committeeName + "</button>";

        String offered = body(get(page), world.representative.basic());
        assertThat(between(offered, "id=\"support-" + open + "\"", "</form>")).contains(forCommittee);
        assertThat(offered)
                .contains("<form id=\"support-" + open + "\" method=\"post\" action=\"" + support + "\"")
                .contains("<form id=\"support-" + open + "-own\" method=\"post\" action=\"" + support + "\"");
        assertThat(between(offered, "id=\"support-" + open + "-own\"", "</form>"))
                .contains("name=\"current\" value=\"true\"")
                .contains(forCommittee);

        assertThat(send(
                                post(support)
                                        .param("committeeId", String.valueOf(world.committee))
                                        .param("current", "true"),
                                world.representative.basic())
                        .getRedirectedUrl())
                .isEqualTo(page + "#amendment-" + open);
        String given = body(get(page), world.representative.basic());
        assertThat(given)
                .contains("The paragraph's own wording: [Hold an energy dialogue.] (" + world.committeeName + ")")
                .doesNotContain("id=\"support-" + open + "-own\"")
                .contains("id=\"support-" + open + "\"");

        decide(amend("REPLACE", world.second, "Hold an energy dialogue every year."), "ACCEPT", null);
        String changed = body(get(page), world.representative.basic());
        assertThat(changed)
                .contains("The paragraph's own wording: [Hold an energy dialogue every year.]")
                .doesNotContain("every year.] (")
                .contains(world.committeeName
                        + " supported an earlier wording, not yet confirmed: “Hold an energy dialogue.”");
        assertThat(between(changed, "id=\"support-" + open + "-own\"", "</form>"))
                .contains("<button type=\"submit\">Confirm the new wording</button>");

        send(
                post(support)
                        .param("committeeId", String.valueOf(world.committee))
                        .param("current", "true"),
                world.representative.basic());
        freeze();
        assertThat(api.read(api.get(
                                "/api/memoranda/" + world.memorandum + "/compilation?version=2",
                                world.participant.basic()))
                        .get("brackets")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("[Hold an energy dialogue every year.] (" + world.committeeName
                        + ") [Set up an energy regime.]");

        send(post(support).param("committeeId", String.valueOf(world.committee)), world.representative.basic());
        assertThat(body(get(page), world.representative.basic()))
                .contains("[Set up an energy regime.] (" + world.committeeName + ")")
                .doesNotContain("id=\"support-" + open + "\"")
                .contains("id=\"support-" + open + "-own\"");
    }

    @Test
    void whoeverIsNoCoChairSeesNoDecisionFormAndIsRefusedIfTheyPost() throws Exception {
        long open = amend("REPLACE", world.second, "Set up an energy regime.");
        long pending = amend("DELETE", world.first, null);
        decide(open, "KEEP_OPEN", null);
        Signed outsider = accounts.account(
                Role.COMMITTEE_REPRESENTATIVE,
                directory.person(new PersonId(world.outsiderPerson)).orElseThrow());

        for (Signed who : List.of(world.representative, world.participant, outsider)) {
            String seen = body(get(page), who.basic());
            assertThat(seen).doesNotContain("id=\"decide-").contains("[Set up an energy regime.]");
            assertThat(decideAs(who, pending, "ACCEPT").getStatus()).isEqualTo(403);
        }
        assertThat(body(get(page), world.participant.basic())).doesNotContain("id=\"support-");
        assertThat(body(get(page), outsider.basic())).doesNotContain("id=\"support-");
        assertThat(send(post(page + "/amendments/" + open + "/support"), world.participant.basic())
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse notMember = send(post(page + "/amendments/" + open + "/support"), outsider.basic());
        assertThat(notMember.getStatus()).isEqualTo(400);
        assertThat(formOf(notMember, "amendment-" + open))
                .contains("id=\"committeeId-error\" role=\"alert\">Member committee: " + world.otherCommitteeName
                        + " is not a member committee of the study group, so it supports no wording of its"
                        + " memorandum</span>");

        assertThat(decisions()).containsExactly(Map.entry(open, "KEEP_OPEN"), Map.entry(pending, ""));
        assertThat(db.sql("SELECT COUNT(*) FROM circulation_support WHERE memorandum_id = ?")
                        .param(world.memorandum)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theCompilationIsLinkedFromTheCirculationAndTheMemorandum() throws Exception {
        String compilation = "href=\"/memoranda/" + world.memorandum + "/compilation?version=1\"";

        assertThat(body(get(page), world.participant.basic())).contains(compilation);
        assertThat(body(get("/memoranda/" + world.memorandum), world.participant.basic()))
                .contains(compilation);
    }

    private long amend(String kind, String key, String text) throws Exception {
        Map<String, Object> form = new HashMap<>(Map.of("kind", kind, "paragraphKey", key, "rationale", "Because."));
        if (text != null) {
            form.put("text", text);
        }
        return api.created(apiCirculation + "/amendments", world.representative.basic(), json.writeValueAsString(form))
                .get("id")
                .asLong();
    }

    private MockHttpServletResponse decide(long amendment, String decision, String text) throws Exception {
        MockHttpServletRequestBuilder request = post(page + "/amendments/" + amendment + "/decision");
        if (decision != null) {
            request.param("decision", decision);
        }
        if (text != null) {
            request.param("text", text);
        }
        return send(request, world.coChair.basic());
    }

    private MockHttpServletResponse decideAs(Signed who, long amendment, String decision) throws Exception {
        return send(post(page + "/amendments/" + amendment + "/decision").param("decision", decision), who.basic());
    }

    /** Each amendment of the circulation and its decision ("" for none), in the order they were made. */
    private List<Map.Entry<Long, String>> decisions() throws Exception {
        return api.read(api.get(apiCirculation, world.coChair.basic()))
                .get("amendments")
                .valueStream()
                .map(a -> Map.entry(
                        a.get("id").asLong(),
                        a.has("decision") ? a.get("decision").asString() : ""))
                .toList();
    }

    private JsonNode amendmentRead(long id) throws Exception {
        for (JsonNode a :
                api.read(api.get(apiCirculation, world.coChair.basic())).get("amendments")) {
            if (a.get("id").asLong() == id) {
                return a;
            }
        }
        throw new AssertionError("no amendment " + id);
    }

    private List<String> paragraphs() throws Exception {
        return api.read(api.get("/api/memoranda/" + world.memorandum, world.coChair.basic()))
                .get("sections")
                .get(0)
                .get("paragraphs")
                .findValuesAsString("text");
    }

    private List<String> bracketTexts() throws Exception {
        return api.read(api.get(
                        "/api/memoranda/" + world.memorandum + "/compilation?version=1", world.participant.basic()))
                .get("brackets")
                .valueStream()
                .map(b -> b.get("text").asString())
                .toList();
    }

    private void freeze() throws Exception {
        int revision = api.read(api.get("/api/memoranda/" + world.memorandum, world.coChair.basic()))
                .get("version")
                .asInt();
        api.created(
                "/api/memoranda/" + world.memorandum + "/versions",
                world.coChair.basic(),
                json.writeValueAsString(Map.of("note", "After the decisions", "version", revision)));
    }

    /** The refused page's form (or article) of this id, where the message must stand beside its field. */
    private static String formOf(MockHttpServletResponse refused, String id) throws Exception {
        assertThat(refused.getStatus()).isEqualTo(400);
        String html = refused.getContentAsString(StandardCharsets.UTF_8);
        return between(html, "id=\"" + id + "\"", id.startsWith("amendment-") ? "</article>" : "</form>");
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start + " in the page").isNotNegative();
        return html.substring(from, html.indexOf(end, from));
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
