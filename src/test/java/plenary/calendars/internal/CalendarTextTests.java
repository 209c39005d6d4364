package plenary.calendars.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar text of a feed, as a calendar program reads it: escaped, folded, in UTC, all-day where it should. */
class CalendarTextTests {

    private static final Instant NOW = Instant.parse("2031-01-02T03:04:05.678Z");

    @Test
    void aMeetingIsAnAllDayEventEndingTheDayAfterItsLast() {
        String text = CalendarText.write(
                new Feed(
                        "Plenary: my work",
                        List.of(FeedEntry.days(
                                "meeting-12@plenary",
                                "The third meeting of a group",
                                LocalDate.of(2031, 3, 10),
                                LocalDate.of(2031, 3, 12),
                                "Vladivostok, Russia",
                                "/meetings/12"))),
                "https://plenary.example.org",
                NOW);

        assertThat(text)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("PRODID:-//Plenary//Calendars//EN\r\n")
                .contains("VERSION:2.0\r\n")
                .contains("X-WR-CALNAME:Plenary: my work\r\n")
                .contains("UID:meeting-12@plenary\r\n")
                .contains("DTSTAMP:20310102T030405Z\r\n")
                .contains("DTSTART;VALUE=DATE:20310310\r\n")
                .contains("DTEND;VALUE=DATE:20310313\r\n")
                .contains("LOCATION:Vladivostok\\, Russia\r\n")
                .contains("URL:https://plenary.example.org/meetings/12\r\n")
                .endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aDeadlineIsAnInstantInUtcAndItsTextIsEscaped() {
        String text = CalendarText.write(
                new Feed(
                        "Plenary",
                        List.of(FeedEntry.deadline(
                                "review-7@plenary",
                                "Suggestions due; report, \"draft\"\nsecond line",
                                Instant.parse("2031-03-20T17:00:00Z"),
                                "/meetings/12/report"))),
                "https://plenary.example.org",
                NOW);

        assertThat(text)
                .contains("DTSTART:20310320T170000Z\r\n")
                .contains("SUMMARY:Suggestions due\\; report\\, \"draft\"\\nsecond line\r\n")
                .doesNotContain("DTEND");
    }

    @Test
    void theEntityTagFollowsTheEventsNotTheMomentOfWriting() {
        Feed one = new Feed("Plenary", List.of(FeedEntry.deadline("a@plenary", "A", NOW, "/a")));
        Feed same = new Feed("Plenary", List.of(FeedEntry.deadline("a@plenary", "A", NOW, "/a")));
        Feed moved = new Feed("Plenary", List.of(FeedEntry.deadline("a@plenary", "A", NOW.plusSeconds(60), "/a")));

        assertThat(one.etag()).isEqualTo(same.etag()).isNotEqualTo(moved.etag()).matches("\"[0-9a-f]{32}\"");
    }
}
