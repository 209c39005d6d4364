package plenary.positions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import plenary.meetings.AttributionRule;
import plenary.meetings.MeetingId;

/**
 * A meeting as the positions map names it: its place in the series, in words ("the third and final meeting"), its
 * city and first day, and the attribution rule its record is held under.
 */
public record MeetingRef(
        MeetingId id, int ordinal, String words, String city, LocalDate startsOn, AttributionRule attributionRule) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** "Vladivostok, 14 November 2011". */
    public String place() {
        return city + ", " + startsOn.format(DATE);
    }
}
