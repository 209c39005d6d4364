package plenary.documents;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import plenary.documents.Outline.Part;

/**
 * A report typeset for print: the HTML article with a print style sheet (A4, "Page 3 of 5" in the footer), laid out
 * by openhtmltopdf in the bundled DejaVu Serif, embedded as subsets, so that the PDF reads the same on any machine;
 * Chinese, Japanese and Korean fall back to {@link CjkFont}, embedded as a subset too.
 */
final class PdfReport {

    private static final String FAMILY = "DejaVu Serif";
    private static final String PRINT_STYLE = Bundled.text("report-print.css");
    private static final List<Face> FACES = List.of(
            new Face("DejaVuSerif.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC));

    static {
        // openhtmltopdf tells every rendering's steps at INFO; only its warnings are news.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final HtmlReport html;
    // Font metrics are worked out once per face and shared by every later rendering.
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    PdfReport(HtmlReport html) {
        this.html = html;
    }

    byte[] render(Document doc) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                // Tagged (PDF/UA): screen readers follow headings and paragraphs, and the title shows in the window.
                .usePdfUaAccessibility(true)
                .withHtmlContent(xhtml(doc), null)
                .useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics)
                // The report is all the input there is: nothing may be fetched while typesetting it.
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Plenary")
                .toStream(pdf);
        FACES.forEach(face -> builder.useFont(
                () -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true));
        try {
            if (CjkFont.isNeededBy(doc)) {
                // Only a report with Chinese, Japanese or Korean in it pays for the second font.
                synchronized (CjkFont.lock()) {
                    PDDocument into = new PDDocument();
                    builder.usePDDocument(into);
                    PDType0Font cjk = CjkFont.into(into);
                    if (cjk != null) {
                        PDFontSupplier font = new PDFontSupplier(cjk);
                        builder.useFont(font, CjkFont.FAMILY, 400, FontStyle.NORMAL, true);
                        builder.useFont(font, CjkFont.FAMILY, 700, FontStyle.NORMAL, true);
                        builder.useFont(font, CjkFont.FAMILY, 400, FontStyle.ITALIC, true);
                    }
                    builder.run();
                }
            } else {
                builder.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot typeset report " + doc.id() + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    String xhtml(Document doc) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n");
        html.head(doc, out);
        HtmlReport.meta("subject", doc.subtitle(), out);
        out.append("<style>\n").append(PRINT_STYLE).append("</style>\n<bookmarks>\n");
        bookmarks(Outline.of(doc), out);
        out.append("</bookmarks>\n</head>\n<body>\n");
        html.article(doc, 1, out);
        return out.append("</body>\n</html>\n").toString();
    }

    // The PDF's outline pane: one entry per section, pointing at the section's id in the article.
    private static void bookmarks(List<Part> parts, StringBuilder out) {
        for (Part part : parts) {
            out.append("<bookmark name=\"")
                    .append(HtmlReport.escape(part.title()))
                    .append("\" href=\"#")
                    .append(HtmlReport.escape(part.id()))
                    .append("\">\n");
            bookmarks(part.parts(), out);
            out.append("</bookmark>\n");
        }
    }

    private record Face(String file, int weight, FontStyle style, byte[] bytes) {

        Face(String file, int weight, FontStyle style) {
            this(file, weight, style, font(file));
        }
    }

    /**
     * A bundled font as the PDF is typeset with it: without its glyph substitution table. PDFBox applies a font's
     * GSUB rules to every string it shows, splitting the text with regular expressions built anew each time: half
     * the time of typesetting a report (ReportBenchmarks.pdf: 88 ms with them, 43 without), for ligatures (fi, ffl)
     * that a report does not need. The table is renamed in the font's table directory, so PDFBox does not find it;
     * the subset embedded in the PDF is written afresh from the tables PDFBox knows, so the renamed one never leaves
     * the process.
     */
    static byte[] font(String file) {
        byte[] ttf = Bundled.bytes("fonts/" + file);
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int entry = 12; entry < 12 + 16 * tables; entry += 16) {
            if (ttf[entry] == 'G' && ttf[entry + 1] == 'S' && ttf[entry + 2] == 'U' && ttf[entry + 3] == 'B') {
                ttf[entry] = 'X';
            }
        }
        return ttf;
    }
}
