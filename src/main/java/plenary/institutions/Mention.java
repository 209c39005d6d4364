package plenary.institutions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A record that refers to an institution, as the one reading may see it: what kind of record, the study group it
 * belongs to, the meeting, report or memorandum it stands in ("Meeting 3, Vladivostok"), where in it ("Session 2",
 * "paragraph 3.2"), an excerpt (a speaker named only as the record's attribution rule lets the reader see them), a
 * link to it, and its date.
 */
public record Mention(
        MentionKind kind,
        String studyGroup,
        String source,
        String where,
        String excerpt,
        String link,
        @Nullable LocalDate date) {

    private static final int LONGEST_EXCERPT = 280;

    /** The text as an excerpt: whole if short, else cut at a word before the limit, with an ellipsis. */
    public static String excerpt(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= LONGEST_EXCERPT) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', LONGEST_EXCERPT);
        return clean.substring(0, cut > 0 ? cut : LONGEST_EXCERPT) + " …";
    }
}
