package plenary.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import plenary.kernel.InvalidRecord;

class ReportTextTests {

    private static final List<String> REPORT = List.of(
            "Session 1: The Six Party Talks",
            "The session assessed the Six Party Talks.",
            "One participant argued that the Six Party Talks should resume.",
            "A Russian participant questioned the utility of the Six Party Talks.");

    @Test
    void plainTextKeepsItsWordsWithLineEndsMadeOne() {
        String text =
                ReportText.of("Session 1: Trade\r\n\r\nOne participant argued.\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(text).isEqualTo("Session 1: Trade\n\nOne participant argued.\n");
    }

    @Test
    void aDocxGivesItsParagraphsPartedByBlankLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            REPORT.forEach(p -> document.createParagraph().createRun().setText(p));
            document.write(out);
        }

        String text = ReportText.of(out.toByteArray());

        assertThat(text).isEqualTo(String.join("\n\n", REPORT));
        assertThat(new ReportReading(DemoRegister.register()).read(text).interventions())
                .hasSize(2);
    }

    @Test
    void aPdfGivesTheWordsOfItsTextLayer() throws IOException {
        String text = ReportText.of(pdf(REPORT));

        assertThat(text).contains("Session 1: The Six Party Talks", "A Russian participant questioned the utility");
    }

    @Test
    void aPdfWithoutTextLayerIsRefusedByItsRule() throws IOException {
        assertThatThrownBy(() -> ReportText.of(pdf(List.of())))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("text-layer"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> ReportText.of(new byte[0]))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("not-empty"));
    }

    @Test
    void aBinaryThatIsNoDocumentIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

        assertThatThrownBy(() -> ReportText.of(png))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("document"));
    }

    @Test
    void aZipThatIsNoDocxIsRefused() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};

        assertThatThrownBy(() -> ReportText.of(zip))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("document"));
    }

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (!lines.isEmpty()) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(50, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -28);
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
