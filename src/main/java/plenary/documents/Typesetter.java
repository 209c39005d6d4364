package plenary.documents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Typesets a report in any of its formats; the one entry point the reports module calls. It is thread-safe, and
 * what every rendering reuses (fonts, style sheets, font metrics, XML factories) is made once, here.
 */
@Component
public final class Typesetter {

    /** The FRBR country of Akoma Ntoso IRIs when none is given: a study group belongs to no one country. */
    public static final String INTERNATIONAL = "int";

    /**
     * The edition of what this typesetter writes. Publications keep their PDF and DOCX once typeset; raise the
     * edition with any change to those files (layout, fonts, styles), and the files of earlier editions are typeset
     * again.
     */
    public static final int EDITION = 1;

    private final HtmlReport html = new HtmlReport();
    private final PdfReport pdf = new PdfReport(html);
    private final DocxReport docx = new DocxReport();
    private final MarkdownReport markdown = new MarkdownReport();
    private final AknReport akn;
    private final AknMemorandum aknMemorandum;
    private final TrackedChanges trackedChanges = new TrackedChanges();

    public Typesetter() {
        this(INTERNATIONAL);
    }

    /** @param aknJurisdiction the FRBR country of Akoma Ntoso IRIs, e.g. the organisation's acronym ("cscap") */
    public Typesetter(String aknJurisdiction) {
        this.akn = new AknReport(Objects.requireNonNull(aknJurisdiction, "aknJurisdiction"));
        this.aknMemorandum = new AknMemorandum(aknJurisdiction);
    }

    /** The report in a format, as the bytes of the file to send or store (text formats in UTF-8). */
    public byte[] render(Document doc, DocumentFormat format) {
        Objects.requireNonNull(doc, "doc");
        return switch (Objects.requireNonNull(format, "format")) {
            case HTML -> html.document(doc).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.render(doc);
            case DOCX -> docx.render(doc);
            case MD -> markdown.render(doc);
            case AKN -> akn.render(doc);
        };
    }

    /**
     * A version of a memorandum in a format, as the bytes of the file to send or store. HTML, PDF, DOCX and Markdown
     * print it as they print a report. Akoma Ntoso makes it a {@code doc name="memorandum"}: its opening section, when
     * it has no number, is the preamble; each paragraph keeps its eId (the memorandum's key for it) and shows its
     * number; the FRBR work is the memorandum, named by {@code doc.id()} and dated by the day it was begun, and the
     * expression is this version, dated by {@code doc.date()}.
     *
     * @param begun   the day the memorandum was begun, the same for all its versions
     * @param version the version's number, from 1
     */
    public byte[] memorandum(Document doc, LocalDate begun, int version, DocumentFormat format) {
        Objects.requireNonNull(begun, "begun");
        if (version < 1) {
            throw new IllegalArgumentException("A memorandum's versions are numbered from 1, not " + version);
        }
        return format == DocumentFormat.AKN
                ? aknMemorandum.render(Objects.requireNonNull(doc, "doc"), begun, version)
                : render(doc, format);
    }

    /** The report as a complete, self-contained HTML document. */
    public String html(Document doc) {
        return html.document(doc);
    }

    /**
     * The report as an {@code <article class="report">} to embed in a page of Plenary's layout; its style sheet is
     * the class-path resource {@code reports/report.css}.
     */
    public String htmlFragment(Document doc) {
        return html.fragment(doc, 1);
    }

    /**
     * The report as {@link #htmlFragment(Document)} makes it, for a page that has headings of its own: the report's
     * title a heading of the level given, its sections below it, so that the page keeps one {@code <h1>}.
     */
    public String htmlFragment(Document doc, int titleLevel) {
        return html.fragment(doc, titleLevel);
    }

    /**
     * The redline of two versions as a Word document with tracked changes (insertions, deletions and moves) that
     * Word and LibreOffice can accept or reject, each signed by {@code author} on {@code date}: who made the newer
     * version and when it was frozen.
     */
    public byte[] trackedChanges(DocumentRedline redline, String author, Instant date) {
        return trackedChanges.render(
                Objects.requireNonNull(redline, "redline"),
                Objects.requireNonNull(author, "author"),
                Objects.requireNonNull(date, "date"));
    }

    /**
     * The Content-Security-Policy under which the self-contained HTML document is served: it shows its own style
     * sheet, and nothing in it may run or load anything.
     */
    public static String htmlDocumentPolicy() {
        return "default-src 'none'; style-src " + HtmlReport.styleSource()
                + "; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }
}
