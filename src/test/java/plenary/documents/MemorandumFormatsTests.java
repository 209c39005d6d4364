package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.documents.SeedMemorandum.BEGUN;
import static plenary.documents.SeedMemorandum.PREAMBLE;
import static plenary.documents.SeedMemorandum.RESERVATION;
import static plenary.documents.SeedMemorandum.TITLE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * A version of a memorandum in HTML, PDF, DOCX and Markdown: its preamble, then its numbered sections, each
 * paragraph with its number before its words, its reservation as a footnote and its bracketed text as drafted.
 */
class MemorandumFormatsTests {

    private final Typesetter typesetter = new Typesetter();
    private final Document memorandum = SeedMemorandum.document();

    @Test
    void htmlNumbersTheParagraphsInOrderUnderTheirKeys() {
        String html = text(DocumentFormat.HTML);

        assertThat(matches(html, "<p id=\"([^\"]+)\"><span class=\"paragraph-number\">([^<]+)</span>"))
                .containsExactly("para_1 1.1", "para_2 1.2", "para_3 2.1", "para_4 2.2");
        assertThat(matches(html, "<h2>([^<]+)</h2>")).containsExactly("Preamble", "1. Security", "2. Energy");
        assertThat(html)
                .contains("<section class=\"report-section\" id=\"preamble\">\n<h2>Preamble</h2>\n"
                        + "<p id=\"preamble__para_1\">The Study Group met three times, in Seoul, Beijing and"
                        + " Vladivostok.</p>\n</section>\n")
                .contains("<p id=\"para_2\"><span class=\"paragraph-number\">1.2</span> Hold the talks&#39; working"
                        + " groups between sessions.</p>\n")
                .contains("<section class=\"report-section\" id=\"sec_energy\">\n<h2>2. Energy</h2>\n"
                        + "<p id=\"para_3\"><span class=\"paragraph-number\">2.1</span> Hold a regional energy"
                        + " dialogue.<sup class=\"footnote-ref\"><a href=\"#fn_1\" id=\"fnref_1\">1</a></sup></p>\n"
                        + "<p id=\"para_4\"><span class=\"paragraph-number\">2.2</span> Create [a nuclear safety"
                        + " mechanism] (CSCAP Japan) [a nuclear safety regime] (CSCAP China, CSCAP Korea).</p>\n"
                        + "</section>\n")
                .contains(
                        "<section class=\"footnotes\">\n<ol>\n"
                                + "<li id=\"fn_1\">CSCAP China reserves its position on this paragraph.</li>\n</ol>\n</section>");
    }

    @Test
    void pdfPrintsEachNumberBeforeItsParagraph() throws Exception {
        try (var pdf = Loader.loadPDF(typesetter.memorandum(memorandum, BEGUN, 2, DocumentFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            List<String> outline = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));

            assertThat(text)
                    .containsSubsequence(
                            TITLE,
                            "Version 2",
                            "Preamble",
                            PREAMBLE,
                            "1. Security",
                            "1.1 Resume the Six Party Talks.",
                            "1.2 Hold the talks' working groups between sessions.",
                            "2. Energy",
                            "2.1 Hold a regional energy dialogue.",
                            "2.2 Create [a nuclear safety mechanism] (CSCAP Japan) [a nuclear safety regime] (CSCAP"
                                    + " China, CSCAP Korea).",
                            RESERVATION);
            assertThat(outline).containsExactly("Preamble", "1. Security", "2. Energy");
        }
    }

    @Test
    void docxReadsBackParagraphByParagraphWithTheReservationAsAWordFootnote() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(
                new ByteArrayInputStream(typesetter.memorandum(memorandum, BEGUN, 2, DocumentFormat.DOCX)))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();

            // POI reads a real footnote reference as "[footnoteRef:n]", and appends the note's text to the paragraph
            // as "[n: text] ": what the page shows there is the reference alone.
            assertThat(paragraphs)
                    .extracting(p -> p.getText().replaceFirst(" \\[\\d+: [^\\]]*\\] $", ""))
                    .containsExactly(
                            TITLE,
                            "Version 2",
                            "Preamble",
                            PREAMBLE,
                            "1. Security",
                            "1.1 Resume the Six Party Talks.",
                            "1.2 Hold the talks' working groups between sessions.",
                            "2. Energy",
                            "2.1 Hold a regional energy dialogue.[footnoteRef:1]",
                            "2.2 Create [a nuclear safety mechanism] (CSCAP Japan) [a nuclear safety regime] (CSCAP"
                                    + " China, CSCAP Korea).");
            assertThat(paragraphs)
                    .filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("Preamble", "1. Security", "2. Energy");
            assertThat(docx.getFootnotes())
                    .extracting(XWPFFootnote::getParagraphs)
                    .extracting(footnote -> footnote.get(0).getText().strip())
                    .containsOnlyOnce(RESERVATION);
        }
    }

    @Test
    void markdownReadsAsWritten() {
        assertThat(text(DocumentFormat.MD)).isEqualTo("""
                        # Memorandum on Multilateral Security Governance in Northeast Asia

                        Version 2

                        ## Preamble

                        The Study Group met three times, in Seoul, Beijing and Vladivostok.

                        ## 1. Security

                        1\\.1 Resume the Six Party Talks.

                        1\\.2 Hold the talks' working groups between sessions.

                        ## 2. Energy

                        2\\.1 Hold a regional energy dialogue.[^1]

                        2\\.2 Create \\[a nuclear safety mechanism\\] (CSCAP Japan) \
                        \\[a nuclear safety regime\\] (CSCAP China, CSCAP Korea).

                        [^1]: CSCAP China reserves its position on this paragraph.
                        """);
    }

    @Test
    void everyFormatButAkomaNtosoPrintsAMemorandumAsItPrintsAReport() {
        for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.MD)) {
            assertThat(typesetter.memorandum(memorandum, BEGUN, 2, format))
                    .as(format.name())
                    .isEqualTo(typesetter.render(memorandum, format));
        }
        assertThat(text(DocumentFormat.AKN)).contains("<doc name=\"memorandum\">");
        assertThat(new String(typesetter.render(memorandum, DocumentFormat.AKN), StandardCharsets.UTF_8))
                .contains("<debateReport name=\"meetingReport\">");
    }

    private String text(DocumentFormat format) {
        return new String(typesetter.memorandum(memorandum, BEGUN, 2, format), StandardCharsets.UTF_8);
    }

    /** Each match's groups, joined by a space. */
    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            List<String> groups = new ArrayList<>();
            for (int g = 1; g <= matcher.groupCount(); g++) {
                groups.add(matcher.group(g));
            }
            found.add(String.join(" ", groups));
        }
        return found;
    }
}
