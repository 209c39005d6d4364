package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.documents.Document.Span.link;
import static plenary.documents.Document.Span.speaker;
import static plenary.documents.Document.Span.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class HtmlReportTests {

    private final Typesetter typesetter = new Typesetter();

    @Test
    void documentIsCompleteAndSelfContained() {
        String html =
                new String(typesetter.render(SeedReport.vladivostok(), DocumentFormat.HTML), StandardCharsets.UTF_8);

        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<meta charset=\"utf-8\" />")
                .contains("<title>" + SeedReport.TITLE + "</title>")
                .contains("<style>")
                .endsWith("</html>\n");
        assertThat(html).doesNotContain("<link ", "<script", "src=\"");
    }

    @Test
    void titleBlockSectionsAndParagraphsAreMarkedUp() throws Exception {
        org.w3c.dom.Document html = parse(typesetter.html(SeedReport.vladivostok()));

        assertThat(valueAt(html, "//article/header/h1")).isEqualTo(SeedReport.TITLE);
        assertThat(valueAt(html, "//header/p[@class='report-subtitle']")).isEqualTo(SeedReport.SUBTITLE);
        assertThat(valueAt(html, "//header/p[@class='report-status']")).isEqualTo(SeedReport.STATUS);
        assertThat(valueAt(html, "//section[@id='sec_1']/h2")).isEqualTo("1. Summary");
        assertThat(valueAt(html, "//section[@id='sec_1']/section[@id='sec_1__sec_2']/h3"))
                .isEqualTo("1.2 Session 2: Designing institutional arrangements");
        assertThat(valueAt(html, "//section[@id='sec_2']/h2")).isEqualTo("2. Next Task");
        assertThat(valueAt(html, "//p[@id='sec_1__para_2']")).isEqualTo("The meeting was divided into three sessions.");
        assertThat(count(html, "//section")).isEqualTo(5);
        assertThat(count(html, "//section/p")).isEqualTo(10);
    }

    @Test
    void speakersAndLinksAreMarkedUp() throws Exception {
        org.w3c.dom.Document html = parse(typesetter.html(SeedReport.vladivostok()));

        assertThat(valueAt(html, "//p[@id='sec_1__sec_2__para_1']/span[@class='speaker']/@data-speaker"))
                .isEqualTo("speaker_3");
        assertThat(valueAt(html, "//p[@id='sec_1__sec_2__para_1']/span[@class='speaker']"))
                .isEqualTo("A Russian participant");
        assertThat(valueAt(html, "//p[@id='sec_1__sec_2__para_2']/a/@href")).isEqualTo("#sec_2");
        assertThat(valueAt(html, "//p[@id='sec_1__sec_2__para_2']/a"))
                .isEqualTo("the second meeting of the Study Group");
    }

    @Test
    void markupInTheTextIsEscaped() {
        Document doc = SeedReport.small(
                text("Fish & chips <script>alert('x')</script> \"quoted\" "),
                speaker("<b>One</b> participant", "speaker_1"),
                link("a \"link\" & more", "https://example.org/?a=1&b=2"));

        String html = typesetter.htmlFragment(doc);

        assertThat(html)
                .contains("Fish &amp; chips &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; ")
                .contains("&lt;b&gt;One&lt;/b&gt; participant")
                .contains("<a href=\"https://example.org/?a=1&amp;b=2\">a &quot;link&quot; &amp; more</a>")
                .doesNotContain("<script", "<b>");
    }

    @Test
    void linkThatRunsCodeIsPrintedAsText() {
        String html = typesetter.htmlFragment(SeedReport.small(
                link("click", "javascript:alert(1)"),
                link(" or this", " JavaScript:alert(2)"),
                link(" data", "data:text/html,x")));

        assertThat(html)
                .doesNotContain("<a ", "javascript", "JavaScript", "data:")
                .contains("click or this data");
    }

    @Test
    void fragmentIsTheArticleAlone() throws Exception {
        String fragment = typesetter.htmlFragment(SeedReport.vladivostok());

        assertThat(fragment)
                .startsWith("<article class=\"report\" lang=\"en\">")
                .endsWith("</article>\n")
                .doesNotContain("<html", "<head>", "<body", "<style");
        assertThat(typesetter.html(SeedReport.vladivostok())).contains(fragment);
        assertThat(count(parse(fragment), "//section")).isEqualTo(5);
    }

    @Test
    void repeatedIdsAreMadeUnique() throws Exception {
        Document doc = SeedReport.small(text("x"));
        Document repeated = new Document(
                doc.id(),
                doc.title(),
                null,
                doc.date(),
                null,
                null,
                doc.speakers(),
                java.util.List.of(doc.contents().get(0), doc.contents().get(0)));

        org.w3c.dom.Document html = parse(typesetter.htmlFragment(repeated));

        assertThat(valueAt(html, "//section[1]/@id")).isEqualTo("sec_1");
        assertThat(valueAt(html, "//section[2]/@id")).isEqualTo("sec_2");
        assertThat(count(html, "//p[@id='sec_1__para_1']")).isEqualTo(1);
        assertThat(count(html, "//p[@id='sec_2__para_1']")).isEqualTo(1);
        assertThat(count(html, "//header/p")).isZero();
    }

    static org.w3c.dom.Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    static String valueAt(org.w3c.dom.Document doc, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
    }

    static int count(org.w3c.dom.Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
                .getLength();
    }
}
