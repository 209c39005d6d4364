package plenary.meetings;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import plenary.kernel.Phrase;

/** Says a meeting's attendance as the seed does: "More than 20 experts from 9 member committees and other regions". */
final class Attendance {

    private Attendance() {}

    /** The sentence in English, as the meeting's report (a document) says it. */
    static @Nullable String words(
            @Nullable Integer experts,
            @Nullable Integer committees,
            @Nullable AttendanceQualifier qualifier,
            boolean otherRegions) {
        if (experts == null && committees == null) {
            return null;
        }
        String q = (qualifier == null ? AttendanceQualifier.EXACTLY : qualifier).words();
        StringBuilder text = new StringBuilder();
        if (experts != null) {
            text.append(q).append(experts).append(experts == 1 ? " expert" : " experts");
        }
        if (committees != null) {
            text.append(experts != null ? " from " : q)
                    .append(committees)
                    .append(committees == 1 ? " member committee" : " member committees");
        }
        if (otherRegions) {
            text.append(" and other regions");
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The same sentence for a page, to be said in the reader's language. The qualifier stands before the first
     * figure only; in Russian it governs the genitive ("более 20 экспертов"), as "из" does before the committees, so
     * a figure after either is said in its {@code -of} form.
     */
    static @Nullable Phrase phrase(
            @Nullable Integer experts,
            @Nullable Integer committees,
            @Nullable AttendanceQualifier qualifier,
            boolean otherRegions) {
        if (experts == null && committees == null) {
            return null;
        }
        AttendanceQualifier q = qualifier == null ? AttendanceQualifier.EXACTLY : qualifier;
        boolean qualified = q != AttendanceQualifier.EXACTLY;
        Phrase text = experts != null
                ? counted(qualified ? "experts-of" : "experts", experts)
                : counted(qualified ? "committees-of" : "committees", Objects.requireNonNull(committees));
        if (qualified) {
            text = Phrase.of("meetings.attendance." + q.name(), text);
        }
        if (experts != null && committees != null) {
            text = Phrase.of("meetings.attendance.from", text, counted("committees-of", committees));
        }
        if (otherRegions) {
            String key =
                    committees != null ? "meetings.attendance.other-regions" : "meetings.attendance.from-other-regions";
            text = Phrase.of(key, text);
        }
        return text;
    }

    /**
     * A figure with its noun. Russian has three forms (1, 21 эксперт; 2–4, 22 эксперта; 5–20 экспертов), so the key
     * says which one the figure takes; English says its singular in the "one" text only for 1 itself.
     */
    private static Phrase counted(String noun, int n) {
        return Phrase.of("meetings.attendance." + noun + "." + form(n), n);
    }

    static String form(int n) {
        int lastTwo = Math.abs(n) % 100;
        int last = lastTwo % 10;
        if (last == 1 && lastTwo != 11) {
            return "one";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "few";
        }
        return "many";
    }
}
