package plenary.reports;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The report page's edit form, one field per text: {@code title}, {@code subtitle}, {@code h:<eId>} for a heading
 * and {@code p:<eId>} for a paragraph, with the {@code version} edited and a {@code note}.
 */
final class EditFields {

    static final String HEADING = "h:";
    static final String PARAGRAPH = "p:";

    private EditFields() {}

    static ReportEdit edit(MultiValueMap<String, String> form) {
        Map<String, String> headings = new HashMap<>();
        Map<String, String> paragraphs = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(HEADING)) {
                headings.put(name.substring(HEADING.length()), values.get(0));
            } else if (name.startsWith(PARAGRAPH)) {
                paragraphs.put(name.substring(PARAGRAPH.length()), values.get(0));
            }
        });
        return new ReportEdit(
                number(form.getFirst("version")),
                form.getFirst("title"),
                form.getFirst("subtitle"),
                headings,
                paragraphs,
                form.getFirst("note"));
    }

    /** The texts as sent, by the eId of what they are the text of. */
    static Map<String, String> submitted(MultiValueMap<String, String> form) {
        Map<String, String> texts = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(HEADING) || name.startsWith(PARAGRAPH)) {
                texts.put(name.substring(2), values.get(0));
            } else if (name.equals("title") || name.equals("subtitle")) {
                texts.put(name, values.get(0));
            }
        });
        return texts;
    }

    /** A number as a form sends it, or null (which the service refuses as missing) when it is none. */
    static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
