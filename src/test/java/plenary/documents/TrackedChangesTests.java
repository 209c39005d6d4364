package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.documents.SmallMemorandum.PREAMBLE;
import static plenary.documents.SmallMemorandum.memorandum;
import static plenary.documents.SmallMemorandum.section;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.documents.DocxRevisions.All;
import plenary.documents.DocxRevisions.Revision;

class TrackedChangesTests {

    static final String AUTHOR = "Co-Chair Ivanova";
    static final Instant FROZEN = Instant.parse("2012-03-01T10:15:30.250Z");

    static final List<String> OLDER = List.of(
            "Memorandum on Security Governance in Northeast Asia",
            "Preamble",
            "The Study Group met in Vladivostok in November 2011.",
            "1. Findings",
            "1.1 The Six Party Talks remain the only forum where all six sit together.",
            "1.2 Energy cooperation offers a start.",
            "2. Recommendations",
            "2.1 Governments should revive the Six Party Talks.",
            "2.2 A regional energy dialogue should be convened.",
            "2.3 The Study Group should meet again in 2012.");

    static final List<String> NEWER = List.of(
            "Memorandum on Security Governance in Northeast Asia",
            "Preamble",
            "The Study Group met in Vladivostok in November 2011.",
            "1. Findings",
            "1.1 The Six Party Talks remain the only forum where all six sit together.",
            "1.2 A regional energy dialogue should be convened.",
            "2. Recommendations & next steps",
            "2.1 Governments should revive the Six Party Talks without delay.",
            "2.2 The Study Group should meet again in 2012.",
            "2.3 Meetings should include Mongolia & Canada.");

    static byte[] pair() {
        return new Typesetter()
                .trackedChanges(
                        Redlines.ofDocuments(1, SmallMemorandum.older(), 2, SmallMemorandum.newer()), AUTHOR, FROZEN);
    }

    /** Paragraph 1.2 moved to the end of section 2 and edited there, as a Word document. */
    static byte[] movedAndEdited() {
        Document older = memorandum(
                "T", section("a", "A", "p1", "One.", "p2", "Two words here."), section("b", "B", "p3", "Three."));
        Document newer = memorandum(
                "T", section("a", "A", "p1", "One."), section("b", "B", "p3", "Three.", "p2", "Two new words there."));
        return new Typesetter().trackedChanges(Redlines.ofDocuments(1, older, 2, newer), AUTHOR, FROZEN);
    }

    @Test
    void acceptingEveryChangeGivesTheNewerVersionAndRejectingEveryChangeTheOlder() throws IOException {
        DocxRevisions docx = new DocxRevisions(pair());
        assertThat(docx.lines(All.ACCEPTED)).isEqualTo(NEWER);
        assertThat(docx.lines(All.REJECTED)).isEqualTo(OLDER);
    }

    @Test
    void insertedAndDeletedWordsAreTrackedWithDeletedOnesAsDelText() throws IOException {
        DocxRevisions docx = new DocxRevisions(pair());
        assertThat(docx.texts("ins"))
                .containsExactly(
                        "1.2 ",
                        " & next steps",
                        " without delay",
                        "2.2 ",
                        "2.3 ",
                        "Meetings should include Mongolia & Canada.");
        assertThat(docx.texts("del")).containsExactly("1.2 ", "Energy cooperation offers a start.", "2.2 ", "2.3 ");
        assertThat(docx.texts("delText")).containsExactly("1.2 ", "Energy cooperation offers a start.", "2.2 ", "2.3 ");
    }

    @Test
    void aMovedParagraphIsMovedFromWhereItStoodToWhereItStandsUnderOneName() throws IOException {
        DocxRevisions docx = new DocxRevisions(pair());
        assertThat(docx.texts("moveFrom")).containsExactly("A regional energy dialogue should be convened.");
        assertThat(docx.texts("moveTo")).containsExactly("A regional energy dialogue should be convened.");
        List<Revision> from = docx.all("moveFromRangeStart");
        List<Revision> to = docx.all("moveToRangeStart");
        assertThat(from).extracting(Revision::name).containsExactly("move1");
        assertThat(to).extracting(Revision::name).containsExactly("move1");
        assertThat(docx.all("moveFromRangeEnd"))
                .extracting(Revision::id)
                .containsExactly(from.get(0).id());
        assertThat(docx.all("moveToRangeEnd"))
                .extracting(Revision::id)
                .containsExactly(to.get(0).id());
        // The paragraph marks move with them, as do the added and removed paragraphs' marks.
        assertThat(docx.all("moveFrom")).hasSize(2);
        assertThat(docx.all("moveTo")).hasSize(2);
    }

    @Test
    void everyChangeIsSignedByTheAuthorOnTheDayTheVersionWasFrozenUnderAnIdOfItsOwn() throws IOException {
        DocxRevisions docx = new DocxRevisions(pair());
        List<Revision> marks = new ArrayList<>();
        for (String kind : List.of("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart")) {
            marks.addAll(docx.all(kind));
        }
        assertThat(marks).hasSize(7 + 5 + 2 + 2 + 1 + 1);
        assertThat(marks).allSatisfy(mark -> {
            assertThat(mark.author()).isEqualTo(AUTHOR);
            assertThat(mark.date()).isEqualTo("2012-03-01T10:15:30Z");
        });
        assertThat(marks).extracting(Revision::id).doesNotHaveDuplicates();
    }

    @Test
    void aMovedParagraphEditedAfterItsMoveAcceptsToItsNewWordsAndRejectsToItsOldPlace() throws IOException {
        DocxRevisions docx = new DocxRevisions(movedAndEdited());
        assertThat(docx.lines(All.ACCEPTED))
                .containsExactly(
                        "T",
                        "Preamble",
                        PREAMBLE,
                        "1. A",
                        "1.1 One.",
                        "2. B",
                        "2.1 Three.",
                        "2.2 Two new words there.");
        assertThat(docx.lines(All.REJECTED))
                .containsExactly(
                        "T", "Preamble", PREAMBLE, "1. A", "1.1 One.", "1.2 Two words here.", "2. B", "2.1 Three.");
        assertThat(docx.texts("moveFrom")).containsExactly("Two words here.");
        assertThat(docx.texts("moveTo")).containsExactly("Two ", "words ", ".");
        assertThat(docx.texts("ins")).containsExactly("2.2 ", "new ", "there");
    }

    @Test
    void theLongMemorandumsTrackedChangesAcceptToItsNewerVersionAndRejectToItsOlder() throws IOException {
        GeneratedMemorandum memorandum = GeneratedMemorandum.generate(8);
        DocxRevisions docx = new DocxRevisions(new Typesetter()
                .trackedChanges(Redlines.ofDocuments(1, memorandum.older(), 2, memorandum.newer()), AUTHOR, FROZEN));
        assertThat(docx.lines(All.ACCEPTED)).isEqualTo(printed(memorandum.newer()));
        assertThat(docx.lines(All.REJECTED)).isEqualTo(printed(memorandum.older()));
        assertThat(docx.all("moveFromRangeStart")).hasSize(5);
    }

    /** The lines of a memorandum as they are printed: title, headings with their numbers, numbered paragraphs. */
    private static List<String> printed(Document doc) {
        List<String> lines = new ArrayList<>(List.of(doc.title()));
        for (Document.Section section : doc.contents()) {
            lines.add(section.number() == null ? section.heading() : section.number() + ". " + section.heading());
            for (Document.Paragraph paragraph : section.paragraphs()) {
                lines.add(paragraph.number() == null ? paragraph.text() : paragraph.number() + " " + paragraph.text());
            }
        }
        return lines;
    }

    @Test
    void theLastParagraphAddedOrRemovedLeavesNothingBehindEitherWay() throws IOException {
        Document older = memorandum("T", section("a", "A", "p1", "One.", "p2", "Two."));
        Document newer = memorandum("T", section("a", "A", "p1", "One.", "p3", "Three."));
        DocxRevisions docx = new DocxRevisions(
                new Typesetter().trackedChanges(Redlines.ofDocuments(1, older, 2, newer), AUTHOR, FROZEN));
        assertThat(docx.lines(All.ACCEPTED))
                .containsExactly("T", "Preamble", PREAMBLE, "1. A", "1.1 One.", "1.2 Three.");
        assertThat(docx.lines(All.REJECTED)).containsExactly("T", "Preamble", PREAMBLE, "1. A", "1.1 One.", "1.2 Two.");
    }
}
