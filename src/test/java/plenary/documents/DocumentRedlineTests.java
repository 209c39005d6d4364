package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.documents.SmallMemorandum.memorandum;
import static plenary.documents.SmallMemorandum.section;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.documents.DocumentRedline.Block;
import plenary.documents.DocumentRedline.Mark;
import plenary.documents.Redline.Change;
import plenary.documents.Redline.Kind;
import plenary.documents.Redline.Op;
import plenary.documents.Redline.Piece;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentRedlineTests {

    /** As Plenary's API writes JSON: absent values left out. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(
                    incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private static final DocumentRedline PAIR =
            Redlines.ofDocuments(1, SmallMemorandum.older(), 2, SmallMemorandum.newer());

    @Test
    void theWholeRedlineOfTheSmallMemorandumReadsAsWrittenByHand() throws IOException {
        assertThat(PAIR.html()).isEqualTo(golden("memorandum.golden.html"));
    }

    @Test
    void theRedlineOfTheSmallMemorandumAsJsonIsTheOneWrittenByHand() throws IOException {
        JsonNode expected = JSON.readTree(golden("memorandum.golden.json"));
        assertThat(JSON.valueToTree(PAIR).equals(expected))
                .as(JSON.writeValueAsString(PAIR))
                .isTrue();
    }

    @Test
    void aReportsRedlineAsJsonHasNoNumbersAndNoMoves() {
        Redline redline = Redlines.between(1, SmallMemorandum.older(), 2, SmallMemorandum.newer());
        assertThat(redline.changes()).extracting(Change::kind).doesNotContain(Kind.MOVED);
        Redline report = Redlines.between(1, SeedReport.small(), 2, SeedReport.small());
        assertThat(report.changes()).isEmpty();
        JsonNode change = JSON.valueToTree(
                new Change("p", "Session 1, paragraph 1", Kind.ADDED, "", "A", List.of(), "<ins>A</ins>"));
        assertThat(change.propertyNames())
                .containsExactly("eId", "location", "kind", "before", "after", "pieces", "html");
    }

    @Test
    void aParagraphMovedAndEditedIsOneMoveCarryingItsWordChanges() {
        Document older = memorandum(
                "T", section("a", "A", "p1", "One.", "p2", "Two words here."), section("b", "B", "p3", "Three."));
        Document newer = memorandum(
                "T", section("a", "A", "p1", "One."), section("b", "B", "p3", "Three.", "p2", "Two new words here."));
        DocumentRedline redline = Redlines.ofDocuments(3, older, 4, newer);

        assertThat(redline.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.MOVED);
            assertThat(change.fromNumber()).isEqualTo("1.2");
            assertThat(change.toNumber()).isEqualTo("2.2");
            assertThat(change.html()).isEqualTo("Two <ins>new </ins>words here.");
        });
        assertThat(redline.text())
                .extracting(Block::eId, Block::mark)
                .containsExactly(
                        tuple("title", Mark.UNCHANGED),
                        tuple("preamble", Mark.UNCHANGED),
                        tuple("preamble__para_1", Mark.UNCHANGED),
                        tuple("a", Mark.UNCHANGED),
                        tuple("p1", Mark.UNCHANGED),
                        tuple("p2", Mark.MOVED_FROM),
                        tuple("b", Mark.UNCHANGED),
                        tuple("p3", Mark.UNCHANGED),
                        tuple("p2", Mark.MOVED_TO));
        assertThat(redline.html())
                .contains("<p id=\"moved-from-p2\" class=\"moved-from\"><span class=\"paragraph-number\">1.2</span>"
                        + " <del>Two words here.</del> <a class=\"move\" href=\"#p2\">moved to 2.2</a></p>")
                .contains("<p id=\"p2\" class=\"moved-to\"><span class=\"paragraph-number\">2.2</span>"
                        + " Two <ins>new </ins>words here. <a class=\"move\" href=\"#moved-from-p2\">moved from 1.2</a>"
                        + "</p>");
    }

    @Test
    void onlyTheParagraphsOutsideTheLongestRunKeptInOrderAreMoves() {
        Document older = memorandum("T", section("a", "A", "p1", "1", "p2", "2", "p3", "3", "p4", "4", "p5", "5"));
        Document newer = memorandum("T", section("a", "A", "p5", "5", "p1", "1", "p2", "2", "p3", "3", "p4", "4"));
        assertThat(Redlines.ofDocuments(1, older, 2, newer).changes())
                .singleElement()
                .satisfies(c -> assertThat(c.eId()).isEqualTo("p5"))
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.MOVED))
                .satisfies(
                        c -> assertThat(c.fromNumber() + " > " + c.toNumber()).isEqualTo("1.5 > 1.1"));
    }

    @Test
    void aRemovedSectionStandsWithItsParagraphsWhereItStood() {
        Document older = memorandum(
                "T", section("a", "A", "p1", "One."), section("b", "B", "p2", "Two."), section("c", "C", "p3", "3."));
        Document newer = memorandum("T", section("a", "A", "p1", "One."), section("c", "C", "p3", "3."));
        DocumentRedline redline = Redlines.ofDocuments(1, older, 2, newer);
        assertThat(redline.text().subList(3, redline.text().size()))
                .extracting(Block::eId, Block::mark, Block::fromNumber, Block::toNumber)
                .containsExactly(
                        tuple("a", Mark.UNCHANGED, "1", "1"),
                        tuple("p1", Mark.UNCHANGED, "1.1", "1.1"),
                        tuple("b", Mark.REMOVED, "2", null),
                        tuple("p2", Mark.REMOVED, "2.1", null),
                        tuple("c", Mark.UNCHANGED, "3", "2"),
                        tuple("p3", Mark.UNCHANGED, "3.1", "2.1"));
        assertThat(redline.changes())
                .extracting(Change::location, Change::kind)
                .containsExactly(tuple("Heading of B", Kind.REMOVED), tuple("B, paragraph 1", Kind.REMOVED));
        assertThat(redline.html()).contains("<h3 class=\"removed\">2. <del>B</del></h3>\n");
    }

    @Test
    void theTitleAndThePreambleAreComparedToo() {
        Document older = memorandum("Memorandum", section("a", "A", "p1", "One."));
        Document newer = new Document(
                older.id(),
                "The Memorandum",
                "Draft for the Steering Committee",
                older.date(),
                older.author(),
                "Version 2",
                List.of(),
                List.of(
                        new Document.Section(
                                "preamble",
                                null,
                                "Preamble",
                                List.of(new Document.Paragraph(
                                        "preamble__para_1", List.of(Document.Span.text("The Study Group met.")))),
                                List.of()),
                        older.contents().get(1)));
        assertThat(Redlines.ofDocuments(1, older, 2, newer).changes())
                .extracting(Change::location, Change::kind, Change::html)
                .containsExactly(
                        tuple("Title", Kind.CHANGED, "<ins>The </ins>Memorandum"),
                        tuple("Subtitle", Kind.ADDED, "<ins>Draft for the Steering Committee</ins>"),
                        tuple(
                                "Preamble, paragraph 1",
                                Kind.CHANGED,
                                "The Study Group met<del> in Vladivostok in November 2011</del>."));
    }

    @Test
    void aVersionComparedWithItselfIsAllUnchanged() {
        DocumentRedline redline = Redlines.ofDocuments(2, SmallMemorandum.newer(), 2, SmallMemorandum.newer());
        assertThat(redline.changes()).isEmpty();
        assertThat(redline.text()).allSatisfy(block -> assertThat(block.mark()).isEqualTo(Mark.UNCHANGED));
        assertThat(redline.html()).doesNotContain("<ins>", "<del>", "class=\"moved");
    }

    @Test
    void everythingFromTheDocumentIsEscaped() {
        Document older = memorandum("<b>T</b>", section("x\"><script>", "A & B", "p'1", "a < b"));
        Document newer = memorandum("<b>T</b>", section("x\"><script>", "A & B", "p'1", "a > b"));
        String html = Redlines.ofDocuments(1, older, 2, newer).html();
        assertThat(html)
                .doesNotContain("<b>", "<script>", "p'1")
                .contains("<h2>&lt;b&gt;T&lt;/b&gt;</h2>")
                .contains("<h3 id=\"x&quot;&gt;&lt;script&gt;\">1. A &amp; B</h3>")
                .contains("<p id=\"p&#39;1\" class=\"changed\"><span class=\"paragraph-number\">1.1</span> a "
                        + "<del>&lt;</del><ins>&gt;</ins> b</p>");
    }

    @Test
    void theWordsOfAChangedParagraphAreItsPieces() {
        assertThat(PAIR.text())
                .filteredOn(b -> b.eId().equals("para_3"))
                .singleElement()
                .extracting(Block::pieces)
                .isEqualTo(List.of(
                        new Piece(Op.SAME, "Governments should revive the Six Party Talks"),
                        new Piece(Op.INSERTED, " without delay"),
                        new Piece(Op.SAME, ".")));
    }

    @Test
    void inTheBenchmarksLongMemorandumEveryMoveAndEveryEditIsFoundAndNothingElse() {
        GeneratedMemorandum memorandum = GeneratedMemorandum.generate(8);
        assertThat(DocumentTexts.paragraphs(memorandum.older())).hasSize(1 + 200);
        assertThat(Redlines.tokens(GeneratedMemorandum.text(memorandum.older())).stream()
                        .filter(t -> Character.isLetter(t.charAt(0))))
                .hasSizeBetween(14_000, 16_000);
        List<Change> changes = Redlines.ofDocuments(1, memorandum.older(), 2, memorandum.newer())
                .changes();
        assertThat(changes.stream().filter(c -> c.kind() == Kind.MOVED).map(Change::eId))
                .containsExactlyInAnyOrderElementsOf(memorandum.moved());
        assertThat(changes.stream().filter(c -> c.kind() == Kind.CHANGED).map(Change::eId))
                .containsExactlyInAnyOrderElementsOf(memorandum.edited());
        assertThat(changes).hasSize(25);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    static String golden(String name) throws IOException {
        try (InputStream in = DocumentRedlineTests.class.getResourceAsStream("/redline/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
