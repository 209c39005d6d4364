package plenary.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Span;
import plenary.documents.Outline.Part;
import plenary.documents.Outline.Passage;

/**
 * A report as HTML: the {@code <article>} a page embeds, and the self-contained document around it. The markup is
 * also well-formed XHTML, so that the PDF is typeset from the very same article.
 */
final class HtmlReport {

    private static final String SCREEN_STYLE = Bundled.text("report.css");
    /** The text of the document's one {@code <style>} element, exactly: its hash is what a policy allows. */
    private static final String STYLE_ELEMENT = "\n" + SCREEN_STYLE;

    private static final String STYLE_HASH = "'sha256-"
            + Base64.getEncoder().encodeToString(sha256(STYLE_ELEMENT.getBytes(StandardCharsets.UTF_8))) + "'";

    /** The Content-Security-Policy source that allows this document's style element and nothing else inline. */
    static String styleSource() {
        return STYLE_HASH;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** A complete HTML5 document with its own style sheet: nothing outside it is needed to read it. */
    String document(Document doc) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        head(doc, out);
        out.append("<style>").append(STYLE_ELEMENT).append("</style>\n</head>\n<body>\n");
        article(doc, 1, out);
        return out.append("</body>\n</html>\n").toString();
    }

    /**
     * The report alone, an {@code <article class="report">} for a page of Plenary's layout to embed, its title a
     * heading of the level given (1 where the report is the page, lower beneath the page's own headings).
     */
    String fragment(Document doc, int titleLevel) {
        StringBuilder out = new StringBuilder(8192);
        article(doc, titleLevel, out);
        return out.toString();
    }

    /** The title and the metadata every reader of the head needs: browsers, search, the PDF's document info. */
    void head(Document doc, StringBuilder out) {
        out.append("<title>").append(escape(doc.title())).append("</title>\n");
        meta("author", doc.author(), out);
        meta("description", doc.subtitle(), out);
    }

    void article(Document doc, int titleLevel, StringBuilder out) {
        String h = "h" + titleLevel;
        out.append("<article class=\"report\" lang=\"en\">\n<header class=\"report-title\">\n<")
                .append(h)
                .append('>')
                .append(escape(doc.title()))
                .append("</")
                .append(h)
                .append(">\n");
        line("p", "report-subtitle", doc.subtitle(), out);
        line("p", "report-status", doc.status(), out);
        out.append("</header>\n");
        List<String> notes = new ArrayList<>();
        parts(Outline.of(doc), titleLevel, out, notes);
        footnotes(notes, out);
        out.append("</article>\n");
    }

    private void parts(List<Part> parts, int titleLevel, StringBuilder out, List<String> notes) {
        for (Part part : parts) {
            String h = "h" + Math.min(part.depth() + titleLevel, 6);
            out.append("<section class=\"report-section\" id=\"")
                    .append(escape(part.id()))
                    .append("\">\n<")
                    .append(h)
                    .append('>')
                    .append(escape(part.title()))
                    .append("</")
                    .append(h)
                    .append(">\n");
            for (Passage passage : part.paragraphs()) {
                out.append("<p id=\"").append(escape(passage.id())).append("\">");
                String number = passage.paragraph().number();
                if (number != null) {
                    out.append("<span class=\"paragraph-number\">")
                            .append(escape(number))
                            .append("</span> ");
                }
                passage.paragraph().spans().forEach(span -> span(span, out, notes));
                out.append("</p>\n");
            }
            parts(part.parts(), titleLevel, out, notes);
            out.append("</section>\n");
        }
    }

    private static void span(Span span, StringBuilder out, List<String> notes) {
        if (span.note() != null) {
            notes.add(span.note());
            int n = notes.size();
            out.append("<sup class=\"footnote-ref\"><a href=\"#fn_")
                    .append(n)
                    .append("\" id=\"fnref_")
                    .append(n)
                    .append("\">")
                    .append(n)
                    .append("</a></sup>");
        }
        String href = ReportText.href(span.href());
        if (href != null) {
            out.append("<a href=\"").append(escape(href)).append("\">");
        }
        if (span.speaker() != null) {
            out.append("<span class=\"speaker\" data-speaker=\"")
                    .append(escape(span.speaker()))
                    .append("\">")
                    .append(escape(span.text()))
                    .append("</span>");
        } else {
            out.append(escape(span.text()));
        }
        if (href != null) {
            out.append("</a>");
        }
    }

    /** The footnotes, numbered in the order they stand in the text, after it. */
    private static void footnotes(List<String> notes, StringBuilder out) {
        if (notes.isEmpty()) {
            return;
        }
        out.append("<section class=\"footnotes\">\n<ol>\n");
        for (int i = 0; i < notes.size(); i++) {
            out.append("<li id=\"fn_")
                    .append(i + 1)
                    .append("\">")
                    .append(escape(notes.get(i)))
                    .append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    static void meta(String name, @Nullable String content, StringBuilder out) {
        if (content != null && !content.isBlank()) {
            out.append("<meta name=\"")
                    .append(name)
                    .append("\" content=\"")
                    .append(escape(content))
                    .append("\" />\n");
        }
    }

    private static void line(String element, String cssClass, @Nullable String text, StringBuilder out) {
        if (text != null && !text.isBlank()) {
            out.append('<')
                    .append(element)
                    .append(" class=\"")
                    .append(cssClass)
                    .append("\">")
                    .append(escape(text))
                    .append("</")
                    .append(element)
                    .append(">\n");
        }
    }

    /** Text as HTML and XML both read it: markup characters and quotes escaped, unprintable characters dropped. */
    static String escape(String text) {
        String clean = ReportText.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
