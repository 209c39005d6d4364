package plenary.reports;

import java.time.Instant;

/** One saved version of a report with its document. */
record VersionView(long meetingId, int number, String savedBy, Instant savedAt, String note, ReportDocument document) {}
