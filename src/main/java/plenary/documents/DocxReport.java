package plenary.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import plenary.documents.Document.Span;
import plenary.documents.Outline.Part;
import plenary.documents.Outline.Passage;

/**
 * A report as a Word document: Title and Subtitle, sections in Word's built-in heading styles (each a bookmark that
 * "#sec_2" links reach), paragraphs in Normal, links as hyperlinks, the title and author in the core properties, on
 * A4 pages numbered in the footer.
 */
final class DocxReport {

    private static final String STYLES = Bundled.text("docx-styles.xml");

    byte[] render(Document doc) {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            properties(doc, docx);
            DocxPage.set(docx);
            line(docx, "Title", doc.title());
            line(docx, "Subtitle", doc.subtitle());
            line(docx, "Normal", doc.status());
            parts(docx, Outline.of(doc), new int[] {0});
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write report " + doc.id() + " as DOCX", e);
        } catch (XmlException e) {
            throw new IllegalStateException("The bundled DOCX styles do not parse", e);
        }
    }

    private static void properties(Document doc, XWPFDocument docx) {
        var core = docx.getProperties().getCoreProperties();
        core.setTitle(ReportText.oneLine(doc.title()));
        core.setCreator(ReportText.oneLine(doc.author()));
        core.setSubjectProperty(ReportText.oneLine(doc.subtitle()));
        core.setDescription(ReportText.oneLine(doc.status()));
        core.setIdentifier(ReportText.oneLine(doc.id()));
    }

    private static void line(XWPFDocument docx, String style, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(style);
            paragraph.createRun().setText(ReportText.oneLine(text));
        }
    }

    private static void parts(XWPFDocument docx, List<Part> parts, int[] bookmarks) {
        for (Part part : parts) {
            XWPFParagraph heading = docx.createParagraph();
            heading.setStyle("Heading" + Math.min(part.depth(), 3));
            BigInteger bookmark = BigInteger.valueOf(bookmarks[0]++);
            var start = heading.getCTP().addNewBookmarkStart();
            start.setId(bookmark);
            start.setName(part.id());
            heading.createRun().setText(part.title());
            heading.getCTP().addNewBookmarkEnd().setId(bookmark);
            for (Passage passage : part.paragraphs()) {
                XWPFParagraph paragraph = docx.createParagraph();
                String number = passage.paragraph().number();
                if (number != null) {
                    paragraph.createRun().setText(ReportText.oneLine(number) + " ");
                }
                passage.paragraph().spans().forEach(span -> span(docx, paragraph, span));
            }
            parts(docx, part.parts(), bookmarks);
        }
    }

    private static void span(XWPFDocument docx, XWPFParagraph paragraph, Span span) {
        if (span.note() != null) {
            footnote(docx, paragraph, span.note());
        }
        String text = ReportText.oneLine(span.text());
        String href = ReportText.href(span.href());
        XWPFRun run;
        if (href == null) {
            run = paragraph.createRun();
        } else if (href.startsWith("#")) {
            // A link within the report goes to a heading's bookmark, not through a relationship.
            CTHyperlink link = paragraph.getCTP().addNewHyperlink();
            link.setAnchor(href.substring(1));
            run = new XWPFHyperlinkRun(link, link.addNewR(), paragraph);
        } else {
            run = paragraph.createHyperlinkRun(href);
        }
        if (href != null) {
            run.setStyle("Hyperlink");
        }
        run.setText(text);
    }

    /** A real Word footnote: its text at the foot of the page, its number here, as Word numbers them. */
    private static void footnote(XWPFDocument docx, XWPFParagraph paragraph, String note) {
        XWPFFootnote footnote = docx.createFootnote();
        XWPFParagraph text = footnote.createParagraph();
        XWPFRun mark = text.createRun();
        mark.setVerticalAlignment("superscript");
        mark.getCTR().addNewFootnoteRef();
        text.createRun().setText(" " + ReportText.oneLine(note));
        XWPFRun reference = paragraph.createRun();
        reference.setVerticalAlignment("superscript");
        reference.getCTR().addNewFootnoteReference().setId(footnote.getId());
    }
}
