package plenary.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import plenary.kernel.InvalidRecord;

/**
 * The text of an uploaded report: plain text in UTF-8, a DOCX (its paragraphs, parted by blank lines) or a PDF
 * (its text layer). Line ends become "\n", so that the excerpts of the draft index into the text it shows. Refuses
 * an empty file, a file that is none of the three, and a PDF with no text layer (a scan), each naming its rule.
 */
public final class ReportText {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ReportText() {}

    public static String of(byte[] bytes) {
        if (bytes.length == 0) {
            throw InvalidRecord.of(
                    "file", "not-empty", "The file is empty: upload a report in plain text, DOCX or PDF.");
        }
        String text;
        if (startsWith(bytes, PDF)) {
            text = pdf(bytes);
        } else if (startsWith(bytes, ZIP)) {
            text = docx(bytes);
        } else {
            text = plain(bytes);
        }
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        if (normal.isBlank()) {
            throw InvalidRecord.of("file", "not-empty", "The file holds no text: upload a report with words in it.");
        }
        return normal;
    }

    private static String plain(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                throw notADocument();
            }
            return text;
        } catch (CharacterCodingException e) {
            throw notADocument();
        }
    }

    private static String docx(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n\n"));
        } catch (IOException | RuntimeException e) {
            throw notADocument();
        }
    }

    private static String pdf(byte[] bytes) {
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd("\n");
            stripper.setLineSeparator("\n");
            text = stripper.getText(document);
        } catch (IOException | RuntimeException e) {
            throw InvalidRecord.of("file", "readable-pdf", "The PDF cannot be read: it is damaged or encrypted.");
        }
        if (text.isBlank()) {
            throw InvalidRecord.of(
                    "file",
                    "text-layer",
                    "The PDF has no text layer (a scan?): run it through text recognition first, or upload the"
                            + " report as text or DOCX.");
        }
        return text;
    }

    private static InvalidRecord notADocument() {
        return InvalidRecord.of("file", "document", "The file is not a report in plain text (UTF-8), DOCX or PDF.");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
