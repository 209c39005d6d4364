package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;

/**
 * Names and quotations in Chinese, Japanese and Korean print in a report's PDF, in an embedded subset of the CJK
 * font. Where Debian's fonts-wqy-zenhei is missing the test is skipped on a developer's machine and fails in CI.
 */
class CjkPdfTests {

    private static final String CHINESE = "王丽 quoted 防患于未然。";
    private static final String JAPANESE = "山田花子 and やまだ and ヤマダ";
    private static final String KOREAN = "박지훈 of 국립외교원";

    @BeforeEach
    void theFontIsInstalled() {
        if (System.getenv("CI") != null) {
            assertThat(CjkFont.file())
                    .as("fonts-wqy-zenhei, installed by .ci/run")
                    .isNotNull();
        }
        assumeTrue(CjkFont.file() != null, "fonts-wqy-zenhei is not installed");
    }

    @Test
    void chineseJapaneseAndKoreanPrintAsTextInAnEmbeddedSubset() throws Exception {
        byte[] pdf = new Typesetter().render(report(), DocumentFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(CHINESE, JAPANESE, KOREAN, "Session 1: 東アジアの安全保障");
            List<PDFont> cjk = fonts(document).stream()
                    .filter(f -> f.getName().contains("WenQuanYi"))
                    .toList();
            assertThat(cjk).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                // A subset's name starts with six capitals and a plus: "ABCDEF+WenQuanYiZenHei".
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            });
        }
    }

    @Test
    void aReportInLatinLettersAloneEmbedsNoCjkFont() throws Exception {
        try (PDDocument document =
                Loader.loadPDF(new Typesetter().render(SeedReport.vladivostok(), DocumentFormat.PDF))) {
            assertThat(fonts(document)).noneMatch(f -> f.getName().contains("WenQuanYi"));
        }
    }

    private static Document report() {
        List<Paragraph> paragraphs = List.of(
                new Paragraph("sec_1__sess_1__para_1", List.of(Span.text(CHINESE))),
                new Paragraph("sec_1__sess_1__para_2", List.of(Span.text(JAPANESE))),
                new Paragraph("sec_1__sess_1__para_3", List.of(Span.text(KOREAN))));
        Section session = new Section("sec_1__sess_1", "1.1", "Session 1: 東アジアの安全保障", paragraphs, List.of());
        return new Document(
                "cjk-report",
                "Report of the Meeting of the CSCAP Study Group on Energy Security",
                "3–4 June 2014, Tokyo, Japan",
                LocalDate.of(2014, 6, 3),
                "CSCAP Study Group on Energy Security",
                "Draft",
                List.of(),
                List.of(new Section("sec_1", "1", "Summary", List.of(), List.of(session))));
    }

    private static List<PDFont> fonts(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
