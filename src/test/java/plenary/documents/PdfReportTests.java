package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.documents.Document.Span.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plenary.documents.Document.Section;

class PdfReportTests {

    private static final Typesetter typesetter = new Typesetter();
    private static byte[] seedPdf;

    @BeforeAll
    static void typesetTheSeedOnce() {
        seedPdf = typesetter.render(SeedReport.vladivostok(), DocumentFormat.PDF);
    }

    @Test
    void isAPdfWithTheTitleInItsMetadata() throws Exception {
        assertThat(new String(seedPdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(seedPdf)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(SeedReport.TITLE);
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(SeedReport.AUTHOR);
        }
    }

    @Test
    void isTaggedForScreenReadersAndHasAnOutline() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(seedPdf)) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            var outline = pdf.getDocumentCatalog().getDocumentOutline();
            List<String> entries = new ArrayList<>();
            outline.children().forEach(item -> entries.add(item.getTitle()));
            assertThat(entries).containsExactly("1. Summary", "2. Next Task");
        }
    }

    @Test
    void everyHeadingAndParagraphIsSelectableText() throws Exception {
        Document doc = SeedReport.vladivostok();
        try (PDDocument pdf = Loader.loadPDF(seedPdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = normalised(stripper.getText(pdf));

            assertThat(text)
                    .contains(
                            SeedReport.TITLE,
                            SeedReport.SUBTITLE,
                            SeedReport.STATUS,
                            "1. Summary",
                            "1.1 Session 1: Multilateral institutions and processes",
                            "2. Next Task");
            // Lines break after hyphens ("US-" / "China"), so paragraphs are compared without their white space.
            for (String expected : SeedReport.texts(doc)) {
                assertThat(text.replaceAll("\\s", "")).contains(expected.replaceAll("\\s", ""));
            }
        }
    }

    @Test
    void everyPageIsNumberedOfTheTotal() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(typesetter.render(longReport(), DocumentFormat.PDF))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(normalised(stripper.getText(pdf))).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(typesetter.render(longReport(), DocumentFormat.PDF))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSerif"));
            assertThat(fonts)
                    .anySatisfy(name -> assertThat(name).contains("Bold"))
                    .anySatisfy(name -> assertThat(name).contains("Italic"));
        }
    }

    @Test
    void markupInTheTextIsPrintedAsText() throws Exception {
        byte[] bytes = typesetter.render(
                SeedReport.small(text("Fish & chips <script>alert('x')</script>")), DocumentFormat.PDF);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(normalised(new PDFTextStripper().getText(pdf)))
                    .contains("Fish & chips <script>alert('x')</script>");
        }
    }

    @Test
    void typesetsWithFontsWithoutGlyphSubstitution() throws Exception {
        for (String face : List.of("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")) {
            // The fonts as bundled have the table, so leaving it out is PdfReport's doing.
            assertThat(tables(Bundled.bytes("fonts/" + face))).as(face).contains("GSUB");
            assertThat(tables(PdfReport.font(face)))
                    .as(face)
                    .doesNotContain("GSUB")
                    .contains("glyf", "cmap");
        }
    }

    @Test
    void wordsThatHaveLigaturesComeOutAsTyped() throws Exception {
        byte[] bytes = typesetter.render(
                SeedReport.small(text("The office's affluent fisheries: a flawless offer.")), DocumentFormat.PDF);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(normalised(new PDFTextStripper().getText(pdf)))
                    .contains("The office's affluent fisheries: a flawless offer.");
        }
    }

    private static java.util.Set<String> tables(byte[] font) throws Exception {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            return ttf.getTableMap().keySet();
        }
    }

    // Enough paragraphs for several pages: the seed's sections, four times over.
    private static Document longReport() {
        Document seed = SeedReport.vladivostok();
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            for (Section section : seed.contents()) {
                sections.add(new Section(
                        i == 1 ? section.eId() : section.eId() + "_" + i,
                        section.number(),
                        section.heading(),
                        section.paragraphs(),
                        section.subsections()));
            }
        }
        return new Document(
                seed.id(),
                seed.title(),
                seed.subtitle(),
                seed.date(),
                seed.author(),
                seed.status(),
                seed.speakers(),
                sections);
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
