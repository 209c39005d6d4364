package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.documents.Document.Span.link;
import static plenary.documents.Document.Span.text;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxReportTests {

    private final Typesetter typesetter = new Typesetter();

    @Test
    void titleAndSectionsUseWordsHeadingStyles() throws Exception {
        try (XWPFDocument docx = read(SeedReport.vladivostok())) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();

            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.get(0).getText()).isEqualTo(SeedReport.TITLE);
            assertThat(paragraphs.get(1).getStyle()).isEqualTo("Subtitle");
            assertThat(paragraphs.get(1).getText()).isEqualTo(SeedReport.SUBTITLE);
            assertThat(styled(paragraphs, "Heading1")).containsExactly("1. Summary", "2. Next Task");
            assertThat(styled(paragraphs, "Heading2"))
                    .containsExactly(
                            "1.1 Session 1: Multilateral institutions and processes",
                            "1.2 Session 2: Designing institutional arrangements",
                            "1.3 Session 3: New ideas for institutional coordination");
        }
    }

    @Test
    void stylesAreDefinedAsWordsBuiltInHeadings() throws Exception {
        try (XWPFDocument docx = read(SeedReport.vladivostok())) {
            assertThat(docx.getStyles().getStyle("Title").getName()).isEqualTo("Title");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(docx.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .hasToString("0");
            assertThat(docx.getStyles()
                            .getStyle("Heading2")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .hasToString("1");
        }
    }

    @Test
    void everyParagraphIsPresentInOrder() throws Exception {
        Document doc = SeedReport.vladivostok();
        try (XWPFDocument docx = read(doc)) {
            List<String> texts = docx.getParagraphs().stream()
                    .skip(3)
                    .map(XWPFParagraph::getText)
                    .toList();

            assertThat(texts).containsExactlyElementsOf(SeedReport.texts(doc));
            assertThat(docx.getParagraphs().get(2).getText()).isEqualTo(SeedReport.STATUS);
        }
    }

    @Test
    void linkWithinTheReportGoesToTheSectionsBookmark() throws Exception {
        try (XWPFDocument docx = read(SeedReport.vladivostok())) {
            XWPFHyperlinkRun link = hyperlinks(docx).get(0);

            assertThat(link.getAnchor()).isEqualTo("sec_2");
            assertThat(link.text()).isEqualTo("the second meeting of the Study Group");
            XWPFParagraph nextTask = docx.getParagraphs().stream()
                    .filter(p -> "2. Next Task".equals(p.getText()))
                    .findFirst()
                    .orElseThrow();
            assertThat(nextTask.getCTP().getBookmarkStartList())
                    .singleElement()
                    .satisfies(bookmark -> assertThat(bookmark.getName()).isEqualTo("sec_2"));
        }
    }

    @Test
    void linkToTheWebIsAHyperlink() throws Exception {
        try (XWPFDocument docx = read(
                SeedReport.small(text("See "), link("the paper", "https://example.org/paper"), text(" & <more>.")))) {
            XWPFHyperlinkRun link = hyperlinks(docx).get(0);

            assertThat(link.getHyperlink(docx).getURL()).isEqualTo("https://example.org/paper");
            assertThat(docx.getParagraphs().get(4).getText()).isEqualTo("See the paper & <more>.");
        }
    }

    @Test
    void pagesAreA4AndNumberedInTheFooter() throws Exception {
        try (XWPFDocument docx = read(SeedReport.vladivostok())) {
            var size = docx.getDocument().getBody().getSectPr().getPgSz();

            assertThat(size.getW()).hasToString("11906");
            assertThat(size.getH()).hasToString("16838");
            assertThat(docx.getFooterList()).singleElement().satisfies(footer -> {
                assertThat(footer.getText()).contains("Page 1 of 1");
                assertThat(footer._getHdrFtr().xmlText()).contains(" PAGE ", " NUMPAGES ");
            });
        }
    }

    @Test
    void corePropertiesNameTitleAndAuthor() throws Exception {
        try (XWPFDocument docx = read(SeedReport.vladivostok())) {
            var core = docx.getProperties().getCoreProperties();

            assertThat(core.getTitle()).isEqualTo(SeedReport.TITLE);
            assertThat(core.getCreator()).isEqualTo(SeedReport.AUTHOR);
            assertThat(core.getSubject()).isEqualTo(SeedReport.SUBTITLE);
        }
    }

    private XWPFDocument read(Document doc) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(typesetter.render(doc, DocumentFormat.DOCX)));
    }

    private static List<String> styled(List<XWPFParagraph> paragraphs, String style) {
        return paragraphs.stream()
                .filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
    }

    private static List<XWPFHyperlinkRun> hyperlinks(XWPFDocument docx) {
        return docx.getParagraphs().stream()
                .flatMap(p -> p.getRuns().stream())
                .filter(XWPFHyperlinkRun.class::isInstance)
                .map(XWPFHyperlinkRun.class::cast)
                .toList();
    }
}
