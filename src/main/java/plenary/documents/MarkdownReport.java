package plenary.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Span;
import plenary.documents.Outline.Part;
import plenary.documents.Outline.Passage;

/**
 * A report as CommonMark: "# title", "## 1. Summary", one line per paragraph, links as [text](href). Text is
 * escaped so that it always reads as the words it is, never as Markdown or HTML.
 */
final class MarkdownReport {

    // Punctuation that CommonMark (or GitHub's tables and strikethrough) may read as emphasis, code, a link, raw
    // HTML, an entity, or a heading's closing sequence.
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>&|~#])");
    // At the start of a paragraph: a block quote, list item, thematic break or setext underline.
    private static final Pattern LINE_START = Pattern.compile("^([>+=-])");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})([.)])");
    // Characters that would end or break a link destination.
    private static final Pattern DESTINATION = Pattern.compile("[\\s()<>\\\\]");

    byte[] render(Document doc) {
        StringBuilder out = new StringBuilder(8192);
        out.append("# ").append(inline(doc.title()).strip()).append("\n\n");
        block(doc.subtitle(), out);
        block(doc.status(), out);
        List<String> notes = new ArrayList<>();
        parts(Outline.of(doc), out, notes);
        for (int i = 0; i < notes.size(); i++) {
            out.append("[^")
                    .append(i + 1)
                    .append("]: ")
                    .append(inline(notes.get(i)).strip())
                    .append("\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void parts(List<Part> parts, StringBuilder out, List<String> notes) {
        for (Part part : parts) {
            out.append("#".repeat(Math.min(part.depth() + 1, 6)))
                    .append(' ')
                    .append(inline(part.title()).strip())
                    .append("\n\n");
            for (Passage passage : part.paragraphs()) {
                StringBuilder text = new StringBuilder();
                String number = passage.paragraph().number();
                if (number != null) {
                    text.append(inline(number).strip()).append(' ');
                }
                passage.paragraph().spans().forEach(span -> span(span, text, notes));
                String paragraph = text.toString().strip();
                if (!paragraph.isEmpty()) {
                    out.append(lineStart(paragraph)).append("\n\n");
                }
            }
            parts(part.parts(), out, notes);
        }
    }

    private static void span(Span span, StringBuilder out, List<String> notes) {
        if (span.note() != null) {
            notes.add(span.note());
            out.append("[^").append(notes.size()).append(']');
        }
        String text = inline(span.text());
        String href = ReportText.href(span.href());
        if (href == null || text.isBlank()) {
            out.append(text);
        } else {
            out.append('[').append(text).append("](").append(destination(href)).append(')');
        }
    }

    private static void block(@Nullable String text, StringBuilder out) {
        if (text != null && !text.isBlank()) {
            out.append(lineStart(inline(text).strip())).append("\n\n");
        }
    }

    private static String inline(String text) {
        return INLINE.matcher(ReportText.oneLine(text)).replaceAll("\\\\$1");
    }

    private static String lineStart(String line) {
        String escaped = LINE_START.matcher(line).replaceFirst("\\\\$1");
        return ORDERED_ITEM.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    // Percent-encoding keeps the destination one token that CommonMark reads back unchanged.
    private static String destination(String href) {
        return DESTINATION.matcher(href).replaceAll(m -> {
            StringBuilder encoded = new StringBuilder();
            for (byte b : m.group().getBytes(StandardCharsets.UTF_8)) {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
            return encoded.toString();
        });
    }
}
