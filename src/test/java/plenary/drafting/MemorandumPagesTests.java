package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.directory.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The memorandum's pages with plain forms: a co-chair starts it from the group's record and reads, beside each
 * paragraph, where the proposals it cites stand; drafters change one part at a time on the revision the page showed,
 * what others saved meanwhile merged in, or both texts shown side by side where they changed the same paragraph; bad
 * input is refused beside its field; versions are frozen with a note and compared as a redline.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemorandumPagesTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PIPELINE =
            "The Study Group recommends that the region's governments build a gas pipeline through the peninsula.";
    private static final String DIALOGUE =
            "The Study Group recommends that the region's governments hold a regional energy dialogue.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PersonRecords people;

    @Autowired
    Directory directory;

    JsonApi api;
    Signed coChair;
    Signed otherCoChair;
    Signed participant;
    String coChairName;
    String otherCoChairName;
    long group;
    long pipeline;

    @BeforeAll
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        CommitteeView russia = CurrentAccount.asSystem(() -> directory.committees()).stream()
                .filter(c -> c.name().equals("CSCAP-Russia"))
                .findFirst()
                .orElseThrow();
        coChairName = "Irina Volkonskaya " + SEQUENCE.incrementAndGet();
        PersonView irina = CurrentAccount.asSystem(() -> people.create(new PersonForm(
                coChairName,
                Nationality.RU,
                "Institute of Far Eastern Studies",
                russia.id().value(),
                Pronoun.SHE,
                null,
                null)));
        coChair = accounts.account(Role.CO_CHAIR, irina);
        otherCoChair = accounts.account(Role.CO_CHAIR);
        otherCoChairName = otherCoChair.person().name();
        participant = accounts.account(Role.PARTICIPANT);
        group = api.created(
                        "/api/study-groups",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "title", "Study Group on Memorandum Pages " + System.nanoTime(),
                                "status", "ACTIVE",
                                "coChairIds",
                                        List.of(
                                                coChair.person().id().value(),
                                                otherCoChair.person().id().value()),
                                "rapporteurIds", List.of(),
                                "committeeIds", List.of())))
                .get("id")
                .asLong();
        long meeting = api.created(
                        "/api/meetings",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "studyGroupId", group,
                                "ordinal", 1,
                                "startsOn", "2011-11-14",
                                "city", "Vladivostok",
                                "country", "RU",
                                "attributionRule", "NONE")))
                .get("id")
                .asLong();
        pipeline = proposal(
                meeting,
                "build a gas pipeline through the peninsula",
                List.of(position("SUPPORTS", coChair), position("OPPOSES", otherCoChair)));
        proposal(meeting, "to hold a regional energy dialogue", List.of(position("SUPPORTS", otherCoChair)));
    }

    @Test
    void aCoChairStartsItFromTheRecordAndReadsWhereEachCitedProposalStandsBesideItsParagraph() throws Exception {
        long id = start();
        String page = body(get("/memoranda/" + id), coChair.basic());

        String first = between(page, "<div class=\"memo-paragraph\" id=\"" + key(id, 0, 0) + "\">", "<aside");
        assertThat(first).contains("<p><span class=\"number\">1.1</span> " + PIPELINE + "</p>");
        assertThat(first.substring(0, first.indexOf("</p>"))).doesNotContain(coChairName);
        String beside =
                between(page, "<aside class=\"citations\" aria-label=\"What paragraph 1.1 cites\">", "</aside>");
        assertThat(beside)
                .contains("build a gas pipeline through the peninsula")
                .contains("the first meeting, in Vladivostok")
                .contains("Supported by")
                .contains("<span class=\"holder\">" + coChairName + " (CSCAP-Russia)</span>")
                .contains("Opposed by")
                .contains("<span class=\"holder\">" + otherCoChairName + "</span>");
        assertThat(page)
                .contains("<span class=\"number\">1.2</span> " + DIALOGUE)
                .contains("Edit 1.1");

        String read = body(get("/memoranda/" + id), participant.basic());
        assertThat(read).contains(PIPELINE).contains(coChairName + " (CSCAP-Russia)");
        assertThat(read).doesNotContain("Edit 1.1").doesNotContain("Freeze").doesNotContain("Move up");

        // The same page for a co-chair who reads Russian: the interface in Russian, the record's words as written.
        String russian = body(get("/memoranda/" + id).header("Accept-Language", "ru"), coChair.basic());
        assertThat(russian)
                .contains("<a href=\"/memoranda?studyGroup=" + group + "\">Меморандумы</a>")
                .contains("<aside class=\"citations\" aria-label=\"На что ссылается пункт 1.1\">")
                .contains("Поддержали:")
                .contains("<summary>Изменить 1.1</summary>")
                .contains("aria-label=\"Переместить пункт 1.1 выше\">Выше</button>")
                .contains("<summary>Добавить раздел</summary>")
                .contains("Ни одна версия ещё не зафиксирована.")
                .contains("<span class=\"number\">1.1</span> " + PIPELINE)
                .containsPattern("Рабочий текст; последним сохранил\\(а\\) [^<]+, <time datetime=\"[^\"]+\">\\d{1,2}"
                        + " (янв|февр|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)\\. \\d{4} г\\., \\d{2}:\\d{2}</time>")
                .doesNotContain("Supported by");
        assertThat(send(post("/memoranda").param("studyGroupId", String.valueOf(group)), participant.basic())
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aParagraphIsEditedInPlaceAndWhatAnotherSavedMeanwhileIsKept() throws Exception {
        long id = start();
        int shown = revision(id);
        String one = key(id, 0, 0);
        String two = key(id, 0, 1);

        MockHttpServletResponse theirs = send(
                post("/memoranda/" + id + "/paragraphs/" + two)
                        .param("version", String.valueOf(shown))
                        .param("text", "A regional energy dialogue, every year."),
                otherCoChair.basic());
        assertThat(theirs.getRedirectedUrl()).isEqualTo("/memoranda/" + id + "#" + two);
        MockHttpServletResponse mine = send(
                post("/memoranda/" + id + "/paragraphs/" + one)
                        .param("version", String.valueOf(shown))
                        .param("text", "Build the pipeline.")
                        .param("proposalIds", String.valueOf(pipeline)),
                coChair.basic());
        assertThat(mine.getRedirectedUrl()).isEqualTo("/memoranda/" + id + "#" + one);

        JsonNode saved = read(id);
        assertThat(texts(saved)).containsExactly("Build the pipeline.", "A regional energy dialogue, every year.");
        assertThat(paragraph(saved, 0, 0).get("proposalIds").get(0).asLong()).isEqualTo(pipeline);
        assertThat(paragraph(saved, 0, 1).get("proposalIds")).isEmpty();
        assertThat(saved.get("version").asInt()).isEqualTo(shown + 2);
    }

    @Test
    void aParagraphSuggestsTheInstitutionsItNamesUntickedAndATickedOneIsCited() throws Exception {
        long id = start();
        String one = key(id, 0, 0);
        String name = "Energy Charter " + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        long charter = api.created(
                        "/api/institutions",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of("name", name, "kind", "AGREEMENT", "status", "ACTIVE")))
                .get("id")
                .asLong();
        String text = "Build the pipeline under the " + name + ".";

        MockHttpServletResponse suggested = send(
                post("/memoranda/" + id + "/paragraphs/" + one)
                        .param("version", String.valueOf(revision(id)))
                        .param("text", text)
                        .param("suggest", "links"),
                coChair.basic());
        assertThat(suggested.getStatus()).isEqualTo(200);
        assertThat(suggested.getContentAsString())
                .contains("<input type=\"checkbox\" name=\"institutionIds\" value=\"" + charter + "\"> Link to the "
                        + name + " (found “the " + name + "”)");
        assertThat(texts(read(id))).doesNotContain(text);

        change(id, "/paragraphs/" + one, "text", text, "institutionIds", String.valueOf(charter));
        assertThat(paragraph(read(id), 0, 0).get("institutionIds").get(0).asLong())
                .isEqualTo(charter);
    }

    @Test
    void twoEditsOfOneParagraphAreShownSideBySideAndTheSecondTextStaysInItsField() throws Exception {
        long id = start();
        int shown = revision(id);
        String one = key(id, 0, 0);
        send(
                post("/memoranda/" + id + "/paragraphs/" + one)
                        .param("version", String.valueOf(shown))
                        .param("text", "The co-chair's words."),
                coChair.basic());

        MockHttpServletResponse refused = send(
                post("/memoranda/" + id + "/paragraphs/" + one)
                        .param("version", String.valueOf(shown))
                        .param("text", "The other co-chair's words."),
                otherCoChair.basic());

        assertThat(refused.getStatus()).isEqualTo(409);
        String page = refused.getContentAsString();
        String conflict =
                between(page, "<section class=\"problem conflicts\" id=\"conflicts\" role=\"alert\">", "</section>");
        assertThat(conflict)
                .contains("<a href=\"#" + one + "\">Paragraph 1.1</a>")
                .contains("<h4>Your text</h4><div class=\"side yours\">The other co-chair's words.</div>")
                .contains("<h4>Saved meanwhile by others</h4><div class=\"side theirs\">The co-chair's words.</div>");
        String field = between(page, "<details class=\"editor\" id=\"edit-" + one + "\" open>", "</details>");
        assertThat(field)
                .contains("<input type=\"hidden\" name=\"version\" value=\"" + (shown + 1) + "\">")
                .contains(">The other co-chair's words.</textarea>");
        assertThat(texts(read(id))).first().isEqualTo("The co-chair's words.");

        MockHttpServletResponse merged = send(
                post("/memoranda/" + id + "/paragraphs/" + one)
                        .param("version", String.valueOf(shown + 1))
                        .param("text", "The co-chairs' words, merged."),
                otherCoChair.basic());
        assertThat(merged.getRedirectedUrl()).isEqualTo("/memoranda/" + id + "#" + one);
        assertThat(texts(read(id))).first().isEqualTo("The co-chairs' words, merged.");
    }

    @Test
    void anEmptyOrUnboundedParagraphIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
        long id = start();
        int shown = revision(id);
        String one = key(id, 0, 0);

        MockHttpServletResponse empty = send(
                post("/memoranda/" + id + "/paragraphs/" + one)
                        .param("version", String.valueOf(shown))
                        .param("text", "  "),
                coChair.basic());
        assertThat(empty.getStatus()).isEqualTo(400);
        String field = between(empty.getContentAsString(), "id=\"edit-" + one + "\" open>", "</details>");
        assertThat(field)
                .contains("<span class=\"field-error\" id=\"text-error\" role=\"alert\">Text: a paragraph must say"
                        + " something</span>");

        MockHttpServletResponse control = send(
                post("/memoranda/" + id + "/paragraphs/" + one)
                        .param("version", String.valueOf(shown))
                        .param("text", "Nul \u0000 inside"),
                coChair.basic());
        assertThat(control.getStatus()).isEqualTo(400);
        assertThat(between(control.getContentAsString(), "id=\"edit-" + one + "\" open>", "</details>"))
                .contains("must be text without control characters or unpaired surrogates");

        MockHttpServletResponse note = send(
                post("/memoranda/" + id + "/versions")
                        .param("version", String.valueOf(shown))
                        .param("note", ""),
                coChair.basic());
        assertThat(note.getStatus()).isEqualTo(400);
        assertThat(between(note.getContentAsString(), "id=\"freeze\">", "</form>"))
                .contains("<span class=\"field-error\" id=\"note-error\" role=\"alert\">Note: must be given</span>");

        JsonNode after = read(id);
        assertThat(after.get("version").asInt()).isEqualTo(shown);
        assertThat(texts(after)).containsExactly(PIPELINE, DIALOGUE);
        assertThat(after.get("versions")).isEmpty();
    }

    @Test
    void paragraphsAreAddedMovedAndDeletedAndSectionsAddedAndRenamedOneFormAtATime() throws Exception {
        long id = start();
        String one = key(id, 0, 0);
        String two = key(id, 0, 1);
        String further = read(id).get("sections").get(0).get("key").asString();

        change(id, "/sections", "heading", "Energy");
        String energy = read(id).get("sections").get(1).get("key").asString();
        change(id, "/paragraphs/" + two + "/move", "direction", "up");
        change(id, "/paragraphs/" + one + "/move", "direction", "down");
        change(id, "/paragraphs", "sectionKey", further, "afterKey", two, "text", "A paragraph added after.");
        String added = key(id, 0, 1);
        change(id, "/paragraphs/" + added + "/move", "sectionKey", energy);
        change(id, "/paragraphs", "sectionKey", energy, "text", "A paragraph added first.");
        change(id, "/paragraphs/" + two + "/delete");
        change(id, "/sections/" + energy, "heading", "Energy security");
        change(id, "/title", "title", "Memorandum on energy", "preamble", "The Study Group met once.");

        JsonNode after = read(id);
        assertThat(after.get("title").asString()).isEqualTo("Memorandum on energy");
        assertThat(after.get("preamble").asString()).isEqualTo("The Study Group met once.");
        assertThat(after.get("sections").findValuesAsString("heading"))
                .containsExactly(DraftComposer.FURTHER, "Energy security");
        assertThat(after.get("sections").get(0).get("paragraphs")).isEmpty();
        assertThat(texts(after)).containsExactly("A paragraph added first.", PIPELINE, "A paragraph added after.");
        assertThat(after.get("sections").get(1).get("paragraphs").findValuesAsString("number"))
                .containsExactly("2.1", "2.2", "2.3");
        assertThat(key(id, 1, 1)).isEqualTo(one);
    }

    @Test
    void versionsAreFrozenWithANoteAndReadAsARedlineWithItsDocx() throws Exception {
        long id = start();
        String one = key(id, 0, 0);
        change(id, "/versions", "note", "For the member committees");
        change(id, "/paragraphs/" + one, "text", PIPELINE.replace("peninsula.", "peninsula and beyond."));
        change(id, "/versions", "note", "After the Seoul comments");

        String page = body(get("/memoranda/" + id), participant.basic());
        String versions = between(page, "<section id=\"versions\" class=\"screen-only\">", "</section>");
        assertThat(versions)
                .contains("<td>For the member committees</td>")
                .contains("<td>After the Seoul comments</td>")
                .contains("<a href=\"/api/memoranda/" + id + "/versions/2?format=docx\">DOCX</a>")
                .contains("<a href=\"/memoranda/" + id + "/redline?from=1&amp;to=2\">Redline from 1</a>");

        String redline = body(get("/memoranda/" + id + "/redline?from=1&to=2"), participant.basic());
        assertThat(redline)
                .contains("changes from version 1 to version 2")
                .contains("peninsula<ins> and beyond</ins>.")
                .contains("href=\"/api/memoranda/" + id + "/redline?from=1&amp;to=2&amp;format=docx\"");
        MockHttpServletResponse none = send(get("/memoranda/" + id + "/redline?from=1&to=9"), participant.basic());
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("the memorandum has no version 9");

        String markdown = api.get("/api/memoranda/" + id + "/versions/1?format=md", participant.basic())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(markdown).contains(PIPELINE).doesNotContain(coChairName).doesNotContain(otherCoChairName);
        assertThat(send(post("/memoranda/" + id + "/delete"), coChair.basic()).getStatus())
                .isEqualTo(409);
    }

    @Test
    void theStudyGroupPageOffersItsMemorandaAndToItsCoChairsAStartFromTheRecord() throws Exception {
        String forCoChair = body(get("/study-groups/" + group), coChair.basic());
        assertThat(forCoChair)
                .contains("<a href=\"/memoranda?studyGroup=" + group + "\">Memoranda</a>")
                .contains("<input type=\"hidden\" name=\"studyGroupId\" value=\"" + group + "\">")
                .contains("Start the memorandum from the record");
        assertThat(body(get("/study-groups/" + group), participant.basic()))
                .contains("<a href=\"/memoranda?studyGroup=" + group + "\">Memoranda</a>")
                .doesNotContain("Start the memorandum");

        long id = start();
        assertThat(body(get("/memoranda?studyGroup=" + group), participant.basic()))
                .contains("<a href=\"/memoranda/" + id + "\">")
                .doesNotContain("memorandum from the record");
        assertThat(send(post("/memoranda/" + id + "/delete"), coChair.basic()).getRedirectedUrl())
                .isEqualTo("/memoranda?studyGroup=" + group);
        assertThat(send(get("/memoranda/" + id), coChair.basic()).getStatus()).isEqualTo(404);
    }

    // --- the world and the requests

    private long proposal(long meeting, String text, List<Map<String, Object>> positions) throws Exception {
        return api.created(
                        "/api/meetings/" + meeting + "/proposals",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of("text", text, "positions", positions)))
                .get("id")
                .asLong();
    }

    private static Map<String, Object> position(String stance, Signed who) {
        return Map.of("stance", stance, "personId", who.person().id().value());
    }

    /** The co-chair starts a memorandum from the record on the group's page, and is taken to it. */
    private long start() throws Exception {
        MockHttpServletResponse started =
                send(post("/memoranda").param("studyGroupId", String.valueOf(group)), coChair.basic());
        String location = started.getRedirectedUrl();
        assertThat(location).startsWith("/memoranda/");
        return Long.parseLong(location.substring("/memoranda/".length()));
    }

    /** Sends a form of the page, made on the revision it shows, and expects to be taken back to the page. */
    private void change(long id, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder form =
                post("/memoranda/" + id + path).param("version", String.valueOf(revision(id)));
        for (int i = 0; i < fields.length; i += 2) {
            form.param(fields[i], fields[i + 1]);
        }
        MockHttpServletResponse answer = send(form, coChair.basic());
        assertThat(answer.getRedirectedUrl()).as(answer.getContentAsString()).startsWith("/memoranda/" + id);
    }

    private JsonNode read(long id) throws Exception {
        return api.read(api.get("/api/memoranda/" + id, coChair.basic()));
    }

    private int revision(long id) throws Exception {
        return read(id).get("version").asInt();
    }

    private String key(long id, int section, int paragraph) throws Exception {
        return paragraph(read(id), section, paragraph).get("key").asString();
    }

    private static JsonNode paragraph(JsonNode memorandum, int section, int paragraph) {
        return memorandum.get("sections").get(section).get("paragraphs").get(paragraph);
    }

    private static List<String> texts(JsonNode memorandum) {
        List<String> texts = new ArrayList<>();
        memorandum
                .get("sections")
                .forEach(s ->
                        s.get("paragraphs").forEach(p -> texts.add(p.get("text").asString())));
        return texts;
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as("where the page holds " + start).isNotNegative();
        int to = page.indexOf(end, from + start.length());
        return page.substring(from, to < 0 ? page.length() : to);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(who)).andReturn().getResponse();
    }

    /** The page's HTML; it must be shown, not redirected or refused. */
    private String body(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = send(request, who);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
