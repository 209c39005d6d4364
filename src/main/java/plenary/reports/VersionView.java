package plenary.reports;

import java.time.Instant;

/** One saved version of a report with its document. */
public record VersionView(
        long meetingId, int number, String savedBy, Instant savedAt, String note, ReportDocument document) {}
