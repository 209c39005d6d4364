package plenary.reports.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * A report in Markdown, as the typesetter prints it or a rapporteur writes it, read back into its blocks: the
 * headings and the paragraphs, without Markdown's escapes and list markers. Each bullet of a list counts as a
 * paragraph of its own, as a rapporteur writes one exchange a bullet.
 */
public record ReportMarkdown(List<String> headings, List<String> paragraphs, String text) {

    /** The report's blocks; the paragraphs are those of the body, after the first numbered section's heading. */
    public static ReportMarkdown read(String markdown) {
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> all = new ArrayList<>();
        boolean inBody = false;
        for (String block : markdown.replace("\r\n", "\n").split("\n\\s*\n")) {
            String stripped = block.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.startsWith("#")) {
                String heading = unescape(stripped.replaceFirst("^#+\\s*", ""));
                headings.add(heading);
                all.add(heading);
                inBody |= stripped.startsWith("## ");
                continue;
            }
            for (String item : items(stripped)) {
                String paragraph = unescape(item);
                all.add(paragraph);
                if (inBody) {
                    paragraphs.add(paragraph);
                }
            }
        }
        return new ReportMarkdown(headings, paragraphs, String.join("\n", all));
    }

    /** A list's items, each on its line after "- "; any other block is one paragraph, its lines joined. */
    private static List<String> items(String block) {
        if (!block.startsWith("- ")) {
            return List.of(block.replaceAll("\\s*\n\\s*", " "));
        }
        List<String> items = new ArrayList<>();
        for (String item : block.split("\n(?=- )")) {
            items.add(item.substring(2).replaceAll("\\s*\n\\s*", " ").strip());
        }
        return items;
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\(\\p{Punct})", "$1");
    }
}
