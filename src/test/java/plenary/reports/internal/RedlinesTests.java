package plenary.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.documents.Document;
import plenary.documents.Redline;
import plenary.documents.Redline.Kind;
import plenary.documents.Redline.Op;
import plenary.documents.Redline.Piece;
import plenary.documents.Redlines;
import plenary.reports.ReportEdit;

class RedlinesTests {

    @Test
    void wordsInsertedAndDeletedAreMarkedAndTheRestKept() {
        assertThat(Redlines.words("One participant argued strongly.", "One participant argued firmly and at length."))
                .containsExactly(
                        new Piece(Op.SAME, "One participant argued "),
                        new Piece(Op.DELETED, "strongly"),
                        new Piece(Op.INSERTED, "firmly and at length"),
                        new Piece(Op.SAME, "."));
    }

    @Test
    void theHtmlViewMarksChangesWithInsAndDelAndEscapesText() {
        assertThat(Redlines.html(Redlines.words("a < b", "a > b"))).isEqualTo("a <del>&lt;</del><ins>&gt;</ins> b");
    }

    @Test
    void onlyTheTextsThatChangedAreListedWithWhereTheyStand() {
        Document before = Documents.small();
        Document after = DocumentEdits.withStatus(
                DocumentEdits.apply(
                        before,
                        new ReportEdit(
                                1,
                                null,
                                null,
                                Map.of("sec_2", "Next Tasks"),
                                Map.of("sec_1__sess_2__para_2", "Many concerns were expressed."),
                                null)),
                "Draft version 2");
        Redline redline = Redlines.between(1, before, 2, after);
        assertThat(redline.changes())
                .extracting(Redline.Change::location)
                .containsExactly("Session 2, paragraph 2", "Heading of Next Tasks");
        assertThat(redline.changes().get(0).html())
                .isEqualTo("<del>Some</del><ins>Many</ins> concerns were expressed.");
        assertThat(redline.changes()).allMatch(c -> c.kind() == Kind.CHANGED);
    }

    @Test
    void textsAddedOrRemovedBetweenVersionsAreListedAsSuch() {
        Document before = Documents.small();
        Document after = DocumentEdits.withSummarySentence(before, "Reviewed.");
        assertThat(Redlines.between(1, before, 2, after).changes())
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.ADDED))
                .satisfies(c -> assertThat(c.html()).isEqualTo("<ins>Reviewed.</ins>"));
        assertThat(Redlines.between(2, after, 1, before).changes())
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.REMOVED));
    }

    @Test
    void aVersionComparedWithItselfHasNoChange() {
        assertThat(Redlines.between(1, Documents.small(), 1, Documents.small()).changes())
                .isEmpty();
    }
}
