package plenary.reports;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A published report as the public list shows it: its number, title and subtitle, date, and its meeting. */
public record PublishedReport(
        long meetingId, int number, String title, @Nullable String subtitle, LocalDate publishedOn, int version) {}
