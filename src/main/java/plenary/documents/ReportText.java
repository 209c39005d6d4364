package plenary.documents;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Section;

/** How every format reads the model's text: cleaned characters, section titles, and links it may follow. */
final class ReportText {

    // XML 1.0 cannot carry these at all, and no format has a use for them.
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private ReportText() {}

    /** The text without characters that cannot be printed or carried in XML; null becomes "". */
    static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return UNPRINTABLE.matcher(text).replaceAll("");
    }

    /** The text cleaned, with every run of white space (line breaks included) made one space. */
    static String oneLine(@Nullable String text) {
        return clean(text).replaceAll("\\s+", " ");
    }

    /**
     * The section's printed title: "1. Summary" for number "1", "1.2 Energy" for "1.2", "2. Next Task" for "2.",
     * "Summary" without a number.
     */
    static String title(Section section) {
        String heading = oneLine(section.heading()).strip();
        String number =
                section.number() == null ? "" : oneLine(section.number()).strip();
        if (number.isEmpty()) {
            return heading;
        }
        return number + (number.contains(".") ? " " : ". ") + heading;
    }

    /**
     * The link target if a reader may follow it (a fragment, a relative path, http, https or mailto), else null:
     * a report is published, so a "javascript:" or "data:" link must never reach a page or file.
     */
    static @Nullable String href(@Nullable String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String target = clean(href).strip();
        var scheme = SCHEME.matcher(target);
        if (!scheme.find()) {
            return target;
        }
        return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
            case "http", "https", "mailto" -> target;
            default -> null;
        };
    }
}
