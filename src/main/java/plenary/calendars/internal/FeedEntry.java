package plenary.calendars.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One event of a feed: a meeting over whole days ({@code firstDay} to {@code lastDay}), or a deadline at an instant
 * ({@code at}); its stable uid, summary, place, and the path of its page in Plenary.
 */
public record FeedEntry(
        String uid,
        String summary,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay,
        @Nullable Instant at,
        @Nullable String location,
        String path) {

    /** A meeting, all day from its first day to its last. */
    public static FeedEntry days(
            String uid, String summary, LocalDate firstDay, LocalDate lastDay, String location, String path) {
        return new FeedEntry(uid, summary, firstDay, lastDay, null, location, path);
    }

    /** A deadline, at its instant. */
    public static FeedEntry deadline(String uid, String summary, Instant at, String path) {
        return new FeedEntry(uid, summary, null, null, at, null, path);
    }
}
