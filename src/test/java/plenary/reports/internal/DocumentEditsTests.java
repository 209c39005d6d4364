package plenary.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.documents.Document;
import plenary.documents.Document.Span;
import plenary.kernel.InvalidRecord;
import plenary.reports.ReportEdit;

class DocumentEditsTests {

    private static final String BRIEFING = "sec_1__sess_2__para_1";

    @Test
    void anEditReplacesTheTextsItNamesAndKeepsTheRest() {
        Document doc = DocumentEdits.apply(
                Documents.small(),
                new ReportEdit(
                        1,
                        "A new title",
                        null,
                        Map.of("sec_2", "Next Tasks"),
                        Map.of("sec_1__para_1", "  The meeting was held in Vladivostok.\r\n"),
                        null));
        assertThat(doc.title()).isEqualTo("A new title");
        assertThat(doc.subtitle()).isEqualTo("14 November 2011, Vladivostok");
        assertThat(doc.contents().get(1).heading()).isEqualTo("Next Tasks");
        assertThat(doc.contents().get(0).paragraphs().get(0).text()).isEqualTo("The meeting was held in Vladivostok.");
        assertThat(doc.contents().get(0).subsections())
                .isEqualTo(Documents.small().contents().get(0).subsections());
    }

    @Test
    void aChangedParagraphKeepsItsReferenceToTheSpeakerWhereItsWordsRemain() {
        Document doc = DocumentEdits.withParagraph(
                Documents.small(), BRIEFING, "In this regard, One participant briefed the meeting at length.");
        List<Span> spans =
                doc.contents().get(0).subsections().get(0).paragraphs().get(0).spans();
        assertThat(spans)
                .containsExactly(
                        Span.text("In this regard, "),
                        Span.speaker("One participant", "speaker_1"),
                        Span.text(" briefed the meeting at length."));
    }

    @Test
    void aParagraphWithoutTheSpeakersWordsBecomesPlainText() {
        Document doc = DocumentEdits.withParagraph(Documents.small(), BRIEFING, "The pipeline was discussed.");
        assertThat(doc.contents()
                        .get(0)
                        .subsections()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .spans())
                .containsExactly(Span.text("The pipeline was discussed."));
    }

    @Test
    void anUnchangedTextKeepsItsSpansAsTheyWere() {
        Document doc = DocumentEdits.withParagraph(
                Documents.small(), BRIEFING, "One participant briefed the meeting on the pipeline project.");
        assertThat(doc).isEqualTo(Documents.small());
    }

    @Test
    void anEditNamingWhatIsNotThereOrBlankingATextIsRefusedWithEveryRule() {
        assertThatThrownBy(() -> DocumentEdits.apply(
                        Documents.small(),
                        new ReportEdit(
                                1,
                                " ",
                                null,
                                Map.of("sec_1__para_1", "A paragraph is no section"),
                                Map.of("sec_9__para_1", "x", BRIEFING, " "),
                                null)))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().stream().map(v -> v.field() + ":" + v.rule()))
                                .containsExactlyInAnyOrder(
                                        "headings.sec_1__para_1:exists",
                                        "paragraphs.sec_9__para_1:exists",
                                        "paragraphs." + BRIEFING + ":required",
                                        "title:required"));
    }

    @Test
    void theReviewSentenceClosesTheSummaryOnce() {
        Document once = DocumentEdits.withSummarySentence(Documents.small(), "Reviewed.");
        assertThat(once.contents().get(0).paragraphs()).hasSize(2);
        assertThat(once.contents().get(0).paragraphs().get(1).eId()).isEqualTo("sec_1__para_2");
        assertThat(once.contents().get(0).paragraphs().get(1).text()).isEqualTo("Reviewed.");
        assertThat(DocumentEdits.withSummarySentence(once, "Reviewed.")).isEqualTo(once);
        assertThat(once.contents().get(1))
                .isEqualTo(Documents.small().contents().get(1));
    }

    @Test
    void theStatusLineIsReplaced() {
        assertThat(DocumentEdits.withStatus(Documents.small(), "Published report no. 3, 1 December 2026")
                        .status())
                .isEqualTo("Published report no. 3, 1 December 2026");
    }
}
