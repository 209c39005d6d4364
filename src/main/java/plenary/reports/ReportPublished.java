package plenary.reports;

import plenary.meetings.MeetingId;

/** A meeting's report was published: its number in the organisation's series and the version published, by whom. */
public record ReportPublished(MeetingId meetingId, int number, int version, String by) {}
