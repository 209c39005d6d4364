package plenary.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a report into blocks: paragraphs parted by blank lines, each bullet of a list, and a heading that sits on the
 * first line of a paragraph ("2, Next Task" above its text). A paragraph's number ("12. ") or bullet ("- ") is left
 * out of its block, so that a block starts where its words do.
 */
final class Blocks {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
    private static final Pattern MARK = Pattern.compile("^(?:[-•*–▪◦]\\s+|\\d{1,3}[.)]\\s+(?=[A-Z“\"]))");
    private static final Pattern BULLET_LINE = Pattern.compile("\\n[ \\t]*(?=[-•*▪◦]\\s)");

    private Blocks() {}

    static List<Passage> of(String source) {
        List<Passage> blocks = new ArrayList<>();
        int from = 0;
        Matcher gap = BLANK_LINES.matcher(source);
        while (gap.find()) {
            paragraph(source, from, gap.start(), blocks);
            from = gap.end();
        }
        paragraph(source, from, source.length(), blocks);
        return blocks;
    }

    private static void paragraph(String source, int start, int end, List<Passage> blocks) {
        int from = start;
        Matcher bullet = BULLET_LINE.matcher(source).region(start, end);
        while (bullet.find()) {
            headedParagraph(source, from, bullet.start(), blocks);
            from = bullet.end();
        }
        headedParagraph(source, from, end, blocks);
    }

    private static void headedParagraph(String source, int start, int end, List<Passage> blocks) {
        int firstLineEnd = source.indexOf('\n', start);
        if (firstLineEnd > start && firstLineEnd < end) {
            String firstLine = source.substring(start, firstLineEnd).strip();
            if (Headings.isHeading(firstLine)
                    && !source.substring(firstLineEnd, end).isBlank()) {
                add(source, start, firstLineEnd, blocks);
                add(source, firstLineEnd, end, blocks);
                return;
            }
        }
        add(source, start, end, blocks);
    }

    private static void add(String source, int start, int end, List<Passage> blocks) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(source.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(source.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return;
        }
        Matcher mark = MARK.matcher(source).region(s, e);
        if (mark.lookingAt() && !Headings.isHeading(source.substring(s, e))) {
            s = mark.end();
        }
        blocks.add(Passage.of(source, s, e));
    }
}
