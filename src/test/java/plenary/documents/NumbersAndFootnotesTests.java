package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.Test;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;

/**
 * What a memorandum needs of the one document model, in every format: paragraphs that print the number their
 * composer derived ("3.1"), and footnotes (a reservation, a source) numbered in the order they stand in the text.
 * A report's paragraphs have neither, and print as before.
 */
class NumbersAndFootnotesTests {

    private final Typesetter typesetter = new Typesetter();

    private static final Document MEMORANDUM = new Document(
            "memorandum",
            "Memorandum on Multilateral Security Governance in Northeast Asia",
            null,
            LocalDate.of(2012, 5, 1),
            "CSCAP",
            "Draft",
            List.of(),
            List.of(new Section(
                    "sec_3",
                    "3",
                    "Energy",
                    List.of(
                            new Paragraph(
                                    "para_dialogue",
                                    "3.1",
                                    List.of(
                                            Span.text("The Study Group recommends a regional energy dialogue."),
                                            Span.footnote("CSCAP China reserves its position on this paragraph."))),
                            new Paragraph(
                                    "para_safety",
                                    "3.2",
                                    List.of(
                                            Span.text("It also recommends a nuclear safety mechanism."),
                                            Span.footnote("Proposed at the second meeting.")))),
                    List.of())));

    @Test
    void htmlPrintsTheNumbersAndTheFootnotesAfterTheText() {
        String html = typesetter.htmlFragment(MEMORANDUM);

        assertThat(html)
                .contains("<p id=\"para_dialogue\"><span class=\"paragraph-number\">3.1</span> The Study Group"
                        + " recommends a regional energy dialogue.<sup class=\"footnote-ref\"><a href=\"#fn_1\""
                        + " id=\"fnref_1\">1</a></sup></p>")
                .contains("<sup class=\"footnote-ref\"><a href=\"#fn_2\" id=\"fnref_2\">2</a></sup>")
                .contains("<section class=\"footnotes\">\n<ol>\n"
                        + "<li id=\"fn_1\">CSCAP China reserves its position on this paragraph.</li>\n"
                        + "<li id=\"fn_2\">Proposed at the second meeting.</li>\n</ol>\n</section>");
    }

    @Test
    void markdownUsesFootnoteReferencesAndDefinitions() {
        String markdown = new String(typesetter.render(MEMORANDUM, DocumentFormat.MD), StandardCharsets.UTF_8);

        assertThat(markdown)
                .contains("3\\.1 The Study Group recommends a regional energy dialogue.[^1]\n\n")
                .contains("3\\.2 It also recommends a nuclear safety mechanism.[^2]\n\n")
                .endsWith("[^1]: CSCAP China reserves its position on this paragraph.\n"
                        + "[^2]: Proposed at the second meeting.\n");
    }

    @Test
    void docxHasRealWordFootnotesAndNumberedParagraphs() throws Exception {
        try (XWPFDocument docx =
                new XWPFDocument(new ByteArrayInputStream(typesetter.render(MEMORANDUM, DocumentFormat.DOCX)))) {
            // POI shows a real footnote reference in the text it reads as "[footnoteRef:n]".
            assertThat(docx.getParagraphs())
                    .extracting(p -> p.getText())
                    .anySatisfy(t -> assertThat(t)
                            .startsWith("3.1 The Study Group recommends a regional energy dialogue.[footnoteRef:1]"))
                    .anySatisfy(t -> assertThat(t)
                            .startsWith("3.2 It also recommends a nuclear safety mechanism.[footnoteRef:2]"));
            assertThat(docx.getFootnotes())
                    .extracting(XWPFFootnote::getParagraphs)
                    .extracting(paragraphs -> paragraphs.get(0).getText().strip())
                    .contains(
                            "CSCAP China reserves its position on this paragraph.", "Proposed at the second meeting.");
        }
    }

    @Test
    void akomaNtosoNumbersTheParagraphsAndCarriesTheNotesAndStaysValid() throws Exception {
        byte[] xml = typesetter.render(MEMORANDUM, DocumentFormat.AKN);
        String text = new String(xml, StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");

        assertThat(text)
                .contains(
                        "<paragraph eId=\"para_dialogue\"><num>3.1</num><content><p>The Study Group recommends a regional"
                                + " energy dialogue.<authorialNote")
                .contains("<authorialNote marker=\"1\" placement=\"bottom\" eId=\"authorialNote_1\">"
                        + "<p>CSCAP China reserves its position on this paragraph.</p></authorialNote>")
                .contains("<authorialNote marker=\"2\" placement=\"bottom\" eId=\"authorialNote_2\">");
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        factory.newSchema(NumbersAndFootnotesTests.class.getResource("/akn/akomantoso30.xsd"))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void pdfPrintsTheNumbersAndTheNotes() throws Exception {
        try (var pdf = Loader.loadPDF(typesetter.render(MEMORANDUM, DocumentFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("3.1 The Study Group recommends a regional energy dialogue.")
                    .contains("CSCAP China reserves its position on this paragraph.")
                    .contains("Proposed at the second meeting.");
        }
    }
}
