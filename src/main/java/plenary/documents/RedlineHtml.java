package plenary.documents;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import plenary.documents.DocumentRedline.Block;
import plenary.documents.DocumentRedline.Mark;
import plenary.documents.Redline.Piece;

/**
 * The whole redline as HTML: each text as an element of its own, classed by what happened to it, words in
 * {@code <ins>} and {@code <del>}; the two places of a moved paragraph link to each other ("moved from 2.1", "moved
 * to 3.4"). Everything from the document is escaped.
 */
final class RedlineHtml {

    private static final String MOVED_FROM = "moved-from-";

    private RedlineHtml() {}

    /** The changes as an article beneath the page's own h1: the document's title an h2, its sections h3. */
    static String article(DocumentRedline redline) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<article class=\"redline\" lang=\"en\">\n");
        for (Block block : redline.text()) {
            switch (block.kind()) {
                case TITLE -> element("h2", null, block, out);
                case SUBTITLE -> element("p", "subtitle", block, out);
                case HEADING -> element("h3", null, block, out);
                default -> element("p", null, block, out);
            }
        }
        return out.append("</article>\n").toString();
    }

    private static void element(String name, @Nullable String cssClass, Block block, StringBuilder out) {
        out.append('<').append(name);
        String id = id(block);
        if (id != null) {
            out.append(" id=\"").append(HtmlReport.escape(id)).append('"');
        }
        String mark = block.mark() == Mark.UNCHANGED
                ? null
                : block.mark().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (cssClass != null || mark != null) {
            String classes = cssClass == null ? mark : mark == null ? cssClass : cssClass + " " + mark;
            out.append(" class=\"").append(classes).append('"');
        }
        out.append('>');
        number(block, out);
        for (Piece piece : block.pieces()) {
            String text = HtmlReport.escape(piece.text());
            switch (piece.op()) {
                case SAME -> out.append(text);
                case DELETED -> out.append("<del>").append(text).append("</del>");
                case INSERTED -> out.append("<ins>").append(text).append("</ins>");
            }
        }
        move(block, out);
        out.append("</").append(name).append(">\n");
    }

    /** The eId of a text of the newer version; the place a moved paragraph left gets one its new place links to. */
    private static @Nullable String id(Block block) {
        return switch (block.mark()) {
            case REMOVED -> null;
            case MOVED_FROM -> MOVED_FROM + block.eId();
            default ->
                block.kind() == DocumentTexts.Kind.TITLE || block.kind() == DocumentTexts.Kind.SUBTITLE
                        ? null
                        : block.eId();
        };
    }

    /** The number the text has here: the older one where it is no more. */
    private static void number(Block block, StringBuilder out) {
        boolean gone = block.mark() == Mark.REMOVED || block.mark() == Mark.MOVED_FROM;
        String number = gone ? block.fromNumber() : block.toNumber();
        if (number == null || number.isBlank()) {
            return;
        }
        if (block.kind() == DocumentTexts.Kind.HEADING) {
            String printed = ReportText.oneLine(number).strip();
            out.append(HtmlReport.escape(printed)).append(printed.contains(".") ? " " : ". ");
        } else {
            out.append("<span class=\"paragraph-number\">")
                    .append(HtmlReport.escape(number))
                    .append("</span> ");
        }
    }

    private static void move(Block block, StringBuilder out) {
        if (block.mark() == Mark.MOVED_TO) {
            note(MOVED_FROM + block.eId(), "moved from", block.fromNumber(), "moved here", out);
        } else if (block.mark() == Mark.MOVED_FROM) {
            note(block.eId(), "moved to", block.toNumber(), "moved away", out);
        }
    }

    private static void note(
            String target, String words, @Nullable String number, String unnumbered, StringBuilder out) {
        out.append(" <a class=\"move\" href=\"#")
                .append(HtmlReport.escape(target))
                .append("\">")
                .append(number == null ? unnumbered : words + " " + HtmlReport.escape(number))
                .append("</a>");
    }
}
