package plenary.reports;

import plenary.documents.DocumentFormat;
import plenary.meetings.MeetingId;

/**
 * A version of a meeting's report that was never published (a draft, for its keepers and participants only) was
 * taken away as a file in a format, by {@code by}.
 */
public record DraftReportExported(MeetingId meetingId, int version, DocumentFormat format, String by) {}
