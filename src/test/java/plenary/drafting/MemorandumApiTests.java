package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.Role;
import plenary.documents.AknFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The memorandum through its API: started, saved whole, paragraphs keeping their keys while their numbers follow
 * where they stand, versions frozen and read in every format, saves on an older revision merged or refused with
 * both texts, and bad input refused naming the field while nothing changes.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemorandumApiTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    JsonApi api;
    Signed coChair;
    Signed otherCoChair;
    Signed rapporteur;
    Signed participant;
    long group;
    long otherGroup;
    long proposal;
    long proposalOfOtherGroup;

    @BeforeAll
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        coChair = accounts.account(Role.CO_CHAIR);
        otherCoChair = accounts.account(Role.CO_CHAIR);
        rapporteur = accounts.account(Role.RAPPORTEUR);
        participant = accounts.account(Role.PARTICIPANT);
        group = group(false);
        otherGroup = group(false);
        proposal = proposal(group);
        proposalOfOtherGroup = proposal(otherGroup);
    }

    @Test
    void paragraphsKeepTheirKeysWhileTheirNumbersFollowWhereTheyStand() throws Exception {
        long id = blank();
        JsonNode first = save(
                id,
                1,
                List.of(
                        section(
                                null,
                                "Energy",
                                paragraph(null, "The pipeline should go ahead."),
                                paragraph(null, "A regional energy dialogue is needed.")),
                        section(null, "Security", paragraph(null, "The talks should resume."))));
        assertThat(numbers(first)).containsExactly("1.1", "1.2", "2.1");
        String dialogue = key(first, 0, 1);
        String talks = key(first, 1, 0);

        JsonNode second = save(
                id,
                first.get("version").asInt(),
                List.of(
                        section(
                                key(first, 0),
                                "Energy",
                                paragraph(null, "Energy security matters to all."),
                                paragraph(key(first, 0, 0), "The pipeline should go ahead."),
                                paragraph(dialogue, "A regional energy dialogue is needed.")),
                        section(key(first, 1), "Security", paragraph(talks, "The talks should resume."))));

        assertThat(key(second, 0, 2)).isEqualTo(dialogue);
        assertThat(second.get("sections")
                        .get(0)
                        .get("paragraphs")
                        .get(2)
                        .get("number")
                        .asString())
                .isEqualTo("1.3");
        assertThat(key(second, 1, 0)).isEqualTo(talks);
        assertThat(key(second, 0, 0)).isNotIn(key(first, 0, 0), dialogue, talks);
    }

    @Test
    void aVersionIsFrozenWithItsNoteAndReadInEveryFormat() throws Exception {
        long id = blank();
        JsonNode saved = save(id, 1, List.of(section(null, "Energy", paragraph(null, "Build the pipeline."))));
        freeze(id, saved.get("version").asInt(), "For the member committees");
        JsonNode later = save(
                id,
                saved.get("version").asInt(),
                List.of(section(
                        key(saved, 0),
                        "Energy",
                        paragraph(key(saved, 0, 0), "Build the pipeline through the peninsula."))));
        freeze(id, later.get("version").asInt(), "After the Seoul comments");

        JsonNode read = api.read(api.get("/api/memoranda/" + id, participant.basic()));
        assertThat(read.get("versions").findValuesAsString("note"))
                .containsExactly("For the member committees", "After the Seoul comments");
        assertThat(file(id, 1, "md")).contains("Build the pipeline.").doesNotContain("peninsula");
        assertThat(file(id, 2, "md")).contains("Build the pipeline through the peninsula.");
        for (String format : List.of("html", "pdf", "docx", "akn")) {
            MockHttpServletResponse answer = api.get(
                            "/api/memoranda/" + id + "/versions/2?format=" + format, participant.basic())
                    .andReturn()
                    .getResponse();
            assertThat(answer.getStatus()).as(format).isEqualTo(200);
            assertThat(answer.getContentAsByteArray()).as(format).isNotEmpty();
            if (!format.equals("html")) {
                assertThat(answer.getHeader("Content-Disposition"))
                        .as(format)
                        .contains("memorandum-" + id + "-version-2." + format.replace("akn", "xml"));
            }
        }
        byte[] akn = api.get("/api/memoranda/" + id + "/versions/2?format=akn", participant.basic())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        AknFiles.validate(akn);
        assertThat(new String(akn, StandardCharsets.UTF_8))
                .contains("<doc name=\"memorandum\"")
                .contains("<paragraph eId=\"" + key(later, 0, 0) + "\"");
    }

    @Test
    void theRedlineBetweenTwoVersionsShowsWordsChangedAndAMoveAsAMove() throws Exception {
        long id = blank();
        JsonNode first = save(
                id,
                1,
                List.of(section(
                        null,
                        "Energy",
                        paragraph(null, "Build the pipeline."),
                        paragraph(null, "Hold an energy dialogue."))));
        freeze(id, first.get("version").asInt(), "First");
        String sec = key(first, 0);
        String pipeline = key(first, 0, 0);
        String dialogue = key(first, 0, 1);
        JsonNode second = save(
                id,
                first.get("version").asInt(),
                List.of(section(
                        sec,
                        "Energy",
                        paragraph(dialogue, "Hold an energy dialogue."),
                        paragraph(pipeline, "Build the gas pipeline."))));
        freeze(id, second.get("version").asInt(), "Second");

        JsonNode redline = api.read(api.get("/api/memoranda/" + id + "/redline?from=1&to=2", participant.basic()));
        JsonNode moved = redline.get("changes")
                .valueStream()
                .filter(c -> c.get("kind").asString().equals("MOVED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no move in " + redline));
        assertThat(moved.get("eId").asString()).isIn(pipeline, dialogue);
        assertThat(redline.toString()).contains("gas").doesNotContain("\"REMOVED\"");

        String html = api.get("/api/memoranda/" + id + "/redline?from=1&to=2&format=html", participant.basic())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<ins>gas </ins>").contains("moved");

        MockHttpServletResponse docx = api.get(
                        "/api/memoranda/" + id + "/redline?from=1&to=2&format=docx", participant.basic())
                .andReturn()
                .getResponse();
        assertThat(docx.getHeader("Content-Disposition")).contains("memorandum-" + id + "-redline-1-2.docx");
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.getContentAsByteArray()))) {
            String xml = word.getDocument().xmlText();
            assertThat(xml).contains("w:ins ", "w:moveFrom ", "w:moveTo ").contains("w:author=\"" + coChair.username());
        }
        assertRefused(api.get("/api/memoranda/" + id + "/redline?from=1&to=9", participant.basic()), "to", "exists");
    }

    @Test
    void savesOnOneRevisionOfDifferentParagraphsAreBothKept() throws Exception {
        long id = blank();
        JsonNode loaded = save(
                id,
                1,
                List.of(section(null, "Energy", paragraph(null, "First words."), paragraph(null, "Second words."))));
        int revision = loaded.get("version").asInt();
        String one = key(loaded, 0, 0);
        String two = key(loaded, 0, 1);
        String sec = key(loaded, 0);

        save(
                coChair,
                id,
                revision,
                List.of(section(sec, "Energy", paragraph(one, "First, rewritten."), paragraph(two, "Second words."))));
        JsonNode merged = save(
                otherCoChair,
                id,
                revision,
                List.of(section(sec, "Energy", paragraph(one, "First words."), paragraph(two, "Second, rewritten."))));

        assertThat(texts(merged)).containsExactly("First, rewritten.", "Second, rewritten.");
        assertThat(merged.get("version").asInt()).isEqualTo(revision + 2);
    }

    @Test
    void twoSavesOfOneParagraphConflictAndTheSecondLosesNothing() throws Exception {
        long id = blank();
        JsonNode loaded = save(id, 1, List.of(section(null, "Energy", paragraph(null, "Original words."))));
        int revision = loaded.get("version").asInt();
        String sec = key(loaded, 0);
        String para = key(loaded, 0, 0);
        save(coChair, id, revision, List.of(section(sec, "Energy", paragraph(para, "The co-chair's words."))));

        MockHttpServletResponse refused = api.put(
                        "/api/memoranda/" + id,
                        otherCoChair.basic(),
                        edit(revision, List.of(section(sec, "Energy", paragraph(para, "The other co-chair's words.")))))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(409);
        JsonNode problem = json.readTree(refused.getContentAsString());
        JsonNode conflict = problem.get("conflicts").get(0);
        assertThat(conflict.get("key").asString()).isEqualTo(para);
        assertThat(conflict.get("number").asString()).isEqualTo("1.1");
        assertThat(conflict.get("yours").asString()).isEqualTo("The other co-chair's words.");
        assertThat(conflict.get("theirs").asString()).isEqualTo("The co-chair's words.");
        assertThat(problem.get("current").get("version").asInt()).isEqualTo(revision + 1);
        assertThat(texts(read(id))).containsExactly("The co-chair's words.");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        long id = blank();
        JsonNode saved = save(
                id,
                1,
                List.of(section(
                        null,
                        "Energy",
                        paragraph(null, "Build the pipeline."),
                        paragraph(null, "Talk about energy."))));
        int revision = saved.get("version").asInt();
        String sec = key(saved, 0);
        String one = key(saved, 0, 0);
        String two = key(saved, 0, 1);

        assertRefused(
                api.put(
                        "/api/memoranda/" + id,
                        coChair.basic(),
                        body(" ", revision, List.of(section(sec, "Energy", paragraph(one, "Build the pipeline."))))),
                "title",
                "required");
        assertRefused(
                api.put(
                        "/api/memoranda/" + id,
                        coChair.basic(),
                        edit(
                                revision,
                                List.of(section(
                                        sec, "Energy", paragraph(one, "Build the pipeline."), paragraph(two, " "))))),
                "sections[0].paragraphs[1].text",
                "required");
        assertRefused(
                api.put(
                        "/api/memoranda/" + id,
                        coChair.basic(),
                        edit(
                                revision,
                                List.of(section(
                                        sec,
                                        "Energy",
                                        Map.of(
                                                "key",
                                                one,
                                                "text",
                                                "Build it.",
                                                "proposalIds",
                                                List.of(proposalOfOtherGroup)))))),
                "sections[0].paragraphs[0].proposalIds",
                "of-study-group");
        assertRefused(
                api.post(
                        "/api/memoranda/" + id + "/moves",
                        coChair.basic(),
                        json.writeValueAsString(
                                Map.of("key", one, "sectionKey", sec, "afterKey", one, "version", revision))),
                "afterKey",
                "not-itself");
        assertRefused(
                api.put(
                        "/api/memoranda/" + id,
                        coChair.basic(),
                        edit(revision + 7, List.of(section(sec, "Energy", paragraph(one, "Build the pipeline."))))),
                "version",
                "exists");
        assertRefused(api.get("/api/memoranda/" + id + "/versions/4?format=md", coChair.basic()), "number", "exists");
        MockHttpServletResponse stale = api.post(
                        "/api/memoranda/" + id + "/versions",
                        coChair.basic(),
                        json.writeValueAsString(Map.of("note", "Stale", "version", revision - 1)))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);

        JsonNode after = read(id);
        assertThat(after.get("version").asInt()).isEqualTo(revision);
        assertThat(texts(after)).containsExactly("Build the pipeline.", "Talk about energy.");
        assertThat(after.get("versions")).isEmpty();
    }

    @Test
    void aCitationTracesAParagraphBackToTheProposal() throws Exception {
        long id = blank();
        JsonNode saved = save(
                id,
                1,
                List.of(section(
                        null,
                        "Energy",
                        Map.of(
                                "text",
                                "Build the pipeline.",
                                "proposalIds",
                                List.of(proposal),
                                "institutionIds",
                                List.of()))));
        assertThat(saved.get("sections")
                        .get(0)
                        .get("paragraphs")
                        .get(0)
                        .get("proposalIds")
                        .get(0)
                        .asLong())
                .isEqualTo(proposal);
    }

    @Test
    void onlyTheGroupsCoChairsDraftAndItsRapporteursWhereTheGroupLetsThem() throws Exception {
        long id = blank();
        String body = edit(1, List.of(section(null, "Energy", paragraph(null, "Words."))));
        assertThat(api.put("/api/memoranda/" + id, rapporteur.basic(), body)
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(api.put("/api/memoranda/" + id, participant.basic(), body)
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(api.get("/api/memoranda/" + id, participant.basic())
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(api.get("/api/memoranda/" + id, null)
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);

        long letting = group(true);
        long theirs = api.created(
                        "/api/memoranda",
                        coChair.basic(),
                        json.writeValueAsString(Map.of(
                                "studyGroupId", letting, "fromRecord", false, "title", "Memorandum " + SEQUENCE.get())))
                .get("id")
                .asLong();
        assertThat(api.put("/api/memoranda/" + theirs, rapporteur.basic(), body)
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aMemorandumIsDeletedOnlyBeforeAnyVersionIsFrozen() throws Exception {
        long id = blank();
        JsonNode saved = save(id, 1, List.of(section(null, "Energy", paragraph(null, "Words."))));
        freeze(id, saved.get("version").asInt(), "First");
        assertThat(api.delete("/api/memoranda/" + id, coChair.basic())
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
        assertThat(read(id).get("versions")).hasSize(1);

        long unfrozen = blank();
        assertThat(api.delete("/api/memoranda/" + unfrozen, coChair.basic())
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(api.get("/api/memoranda/" + unfrozen, coChair.basic())
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    // --- the world and the requests

    private long group(boolean rapporteursDraft) throws Exception {
        return api.created(
                        "/api/study-groups",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "title",
                                "Study Group on Drafting " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                                "status",
                                "ACTIVE",
                                "coChairIds",
                                List.of(
                                        coChair.person().id().value(),
                                        otherCoChair.person().id().value()),
                                "rapporteurIds",
                                List.of(rapporteur.person().id().value()),
                                "committeeIds",
                                List.of(),
                                "rapporteursDraft",
                                rapporteursDraft)))
                .get("id")
                .asLong();
    }

    private long proposal(long studyGroup) throws Exception {
        long meeting = api.created(
                        "/api/meetings",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "studyGroupId", studyGroup,
                                "ordinal", 1,
                                "startsOn", "2011-11-14",
                                "city", "Vladivostok",
                                "country", "RU",
                                "attributionRule", "NONE")))
                .get("id")
                .asLong();
        return api.created(
                        "/api/meetings/" + meeting + "/proposals",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "text",
                                "build a gas pipeline through the peninsula",
                                "positions",
                                List.of(Map.of(
                                        "stance",
                                        "SUPPORTS",
                                        "personId",
                                        coChair.person().id().value())))))
                .get("id")
                .asLong();
    }

    private long blank() throws Exception {
        return api.created(
                        "/api/memoranda",
                        coChair.basic(),
                        json.writeValueAsString(Map.of(
                                "studyGroupId", group, "fromRecord", false, "title", "Memorandum " + SEQUENCE.get())))
                .get("id")
                .asLong();
    }

    private JsonNode save(long id, int revision, List<Map<String, Object>> sections) throws Exception {
        return save(coChair, id, revision, sections);
    }

    private JsonNode save(Signed who, long id, int revision, List<Map<String, Object>> sections) throws Exception {
        return api.changed("/api/memoranda/" + id, who.basic(), edit(revision, sections));
    }

    private void freeze(long id, int revision, String note) throws Exception {
        api.created(
                "/api/memoranda/" + id + "/versions",
                coChair.basic(),
                json.writeValueAsString(Map.of("note", note, "version", revision)));
    }

    private JsonNode read(long id) throws Exception {
        return api.read(api.get("/api/memoranda/" + id, coChair.basic()));
    }

    private String file(long id, int version, String format) throws Exception {
        return api.get("/api/memoranda/" + id + "/versions/" + version + "?format=" + format, participant.basic())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String edit(int revision, List<Map<String, Object>> sections) {
        return body("Memorandum of the Study Group", revision, sections);
    }

    private String body(String title, int revision, List<Map<String, Object>> sections) {
        return json.writeValueAsString(Map.of(
                "title",
                title,
                "preamble",
                "The Study Group met three times.",
                "version",
                revision,
                "sections",
                sections));
    }

    @SafeVarargs
    private static Map<String, Object> section(String key, String heading, Map<String, Object>... paragraphs) {
        return key == null
                ? Map.of("heading", heading, "paragraphs", List.of(paragraphs))
                : Map.of("key", key, "heading", heading, "paragraphs", List.of(paragraphs));
    }

    private static Map<String, Object> paragraph(String key, String text) {
        return key == null ? Map.of("text", text) : Map.of("key", key, "text", text);
    }

    private void assertRefused(org.springframework.test.web.servlet.ResultActions sent, String field, String rule)
            throws Exception {
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

    private static String key(JsonNode memorandum, int section) {
        return memorandum.get("sections").get(section).get("key").asString();
    }

    private static String key(JsonNode memorandum, int section, int paragraph) {
        return memorandum
                .get("sections")
                .get(section)
                .get("paragraphs")
                .get(paragraph)
                .get("key")
                .asString();
    }

    private static List<String> numbers(JsonNode memorandum) {
        return memorandum.get("sections").findValuesAsString("number").stream()
                .filter(n -> n.contains("."))
                .toList();
    }

    private static List<String> texts(JsonNode memorandum) {
        return memorandum.get("sections").findValuesAsString("text");
    }
}
