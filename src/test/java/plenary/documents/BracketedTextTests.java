package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import plenary.documents.Document.Alternative;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;

/**
 * Bracketed text, as diplomats draft it: each wording still open in square brackets with those who support it,
 * printed alike in every format and read by the document's texts (which the leak check goes through).
 */
class BracketedTextTests {

    private static final String DRAFTED = "The Study Group recommends [a regional energy dialogue] (CSCAP Japan, CSCAP"
            + " Korea) [an energy regime for Northeast Asia] (CSCAP China).";

    private static final Document DRAFT = new Document(
            "memorandum",
            "Memorandum",
            null,
            LocalDate.of(2012, 5, 1),
            "CSCAP",
            "Draft",
            List.of(),
            List.of(new Section(
                    "sec_3",
                    "3",
                    "Energy",
                    List.of(new Paragraph(
                            "para_energy",
                            "3.1",
                            List.of(
                                    Span.text("The Study Group recommends "),
                                    Span.alternatives(List.of(
                                            new Alternative(
                                                    "a regional energy dialogue",
                                                    List.of("CSCAP Japan", "CSCAP Korea")),
                                            new Alternative(
                                                    "an energy regime for Northeast Asia", List.of("CSCAP China")))),
                                    Span.text(".")))),
                    List.of())));

    private final Typesetter typesetter = new Typesetter();

    @Test
    void theParagraphReadsAsDraftedAndKeepsItsAlternatives() {
        Paragraph paragraph = DRAFT.contents().get(0).paragraphs().get(0);
        assertThat(paragraph.text()).isEqualTo(DRAFTED);
        assertThat(paragraph.spans().get(1).alternatives())
                .extracting(Alternative::text)
                .containsExactly("a regional energy dialogue", "an energy regime for Northeast Asia");
        assertThat(DocumentTexts.paragraphs(DRAFT))
                .extracting(DocumentTexts.Text::text)
                .containsExactly(DRAFTED);
    }

    @Test
    void everyFormatPrintsTheBrackets() throws Exception {
        assertThat(typesetter.htmlFragment(DRAFT)).contains(DRAFTED);
        assertThat(new String(typesetter.render(DRAFT, DocumentFormat.MD), StandardCharsets.UTF_8))
                .contains("3\\.1 The Study Group recommends \\[a regional energy dialogue\\] (CSCAP Japan, CSCAP"
                        + " Korea) \\[an energy regime for Northeast Asia\\] (CSCAP China).");
        assertThat(new String(typesetter.render(DRAFT, DocumentFormat.AKN), StandardCharsets.UTF_8))
                .contains(DRAFTED);
        try (XWPFDocument docx =
                new XWPFDocument(new ByteArrayInputStream(typesetter.render(DRAFT, DocumentFormat.DOCX)))) {
            assertThat(docx.getParagraphs()).extracting(p -> p.getText()).contains("3.1 " + DRAFTED);
        }
    }
}
