package plenary.reports;

import java.time.Instant;
import java.util.List;
import plenary.directory.PersonId;
import plenary.meetings.MeetingId;

/**
 * A report's version was sent to the meeting's participants (by person id) for suggestions until the deadline;
 * {@code title} is the report's title as the version has it.
 */
public record ReportSentForReview(
        MeetingId meetingId, long reviewId, int version, String title, Instant deadline, List<PersonId> personIds) {}
