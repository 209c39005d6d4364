package plenary.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import plenary.documents.DocumentTexts;
import plenary.documents.DocumentTexts.Text;

class DocumentTextsTests {

    @Test
    void everyTextIsListedInReadingOrderWithWhereItStands() {
        assertThat(DocumentTexts.of(Documents.small()).stream().map(Text::location))
                .containsExactly(
                        "Title",
                        "Subtitle",
                        "Status line",
                        "Heading of Summary",
                        "Summary, paragraph 1",
                        "Heading of Session 2",
                        "Session 2, paragraph 1",
                        "Session 2, paragraph 2",
                        "Heading of Next Task",
                        "Next Task, paragraph 1");
    }

    @Test
    void aParagraphsTextIsItsSpansTogether() {
        assertThat(DocumentTexts.paragraphs(Documents.small()).get(1).text())
                .isEqualTo("One participant briefed the meeting on the pipeline project.");
    }

    @Test
    void aTextIsFoundByItsEId() {
        assertThat(DocumentTexts.location(Documents.small(), "sec_2__para_1")).isEqualTo("Next Task, paragraph 1");
        assertThat(DocumentTexts.location(Documents.small(), "sec_9")).isNull();
    }
}
