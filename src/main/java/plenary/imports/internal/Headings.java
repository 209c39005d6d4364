package plenary.imports.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The headings of the genre: a session's ("Session One: Energy Demand", "Panel 1: …", "II. Session One: …"), the
 * next tasks' ("2, Next Task", "Next Steps", "IV. Future Work", "Follow-up") and the others ("1, Summary", "Key
 * findings:", "I. Introduction"), which only part the text.
 */
final class Headings {

    enum Kind {
        SESSION,
        NEXT_TASKS,
        OTHER
    }

    private static final String NUMBER = "(?:(?:[IVXLC]+|\\d{1,2})[.,)]\\s+)?";
    private static final Pattern SESSION = Pattern.compile(
            "^" + NUMBER + "(?:(?:Session|Panel|Workshop Session)\\s+([\\w]+)|(\\w+)\\s+(?:Session|Panel))"
                    + "\\s*[:.–—-]\\s*(.+?)\\s*$");
    private static final Pattern NEXT_TASKS = Pattern.compile(
            "^" + NUMBER + "(?:Conclusions?\\s+and\\s+)?(?:Next\\s+(?:Tasks?|Steps)|Future\\s+Work|Follow-?\\s?up"
                    + "|(?:The\\s+)?Way\\s+Forward)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(?:[IVXLC]+|\\d{1,2})[.,]\\s+[A-Z][\\w ,'’-]{0,60}$");
    private static final Pattern LABEL = Pattern.compile("^[A-Z][\\w ,'’-]{0,60}:$");

    private Headings() {}

    /** Whether a line is a heading that may stand on the first line of a paragraph, above its text. */
    static boolean isHeading(String line) {
        String l = line.strip();
        return l.length() <= 100
                && (SESSION.matcher(l).matches()
                        || NEXT_TASKS.matcher(l).matches()
                        || NUMBERED.matcher(l).matches());
    }

    /** What heading a block is, or null where it is text. */
    static @Nullable Kind of(String block) {
        String b = block.strip();
        if (b.contains("\n") || b.length() > 100) {
            return null;
        }
        if (SESSION.matcher(b).matches()) {
            return Kind.SESSION;
        }
        if (NEXT_TASKS.matcher(b).matches()) {
            return Kind.NEXT_TASKS;
        }
        if (NUMBERED.matcher(b).matches() || LABEL.matcher(b).matches()) {
            return Kind.OTHER;
        }
        return null;
    }

    /** The theme a session's heading gives: "Energy Demand and Supply in the Region". */
    static String theme(String heading) {
        Matcher m = SESSION.matcher(heading.strip());
        return m.matches() ? m.group(3) : heading.strip();
    }
}
