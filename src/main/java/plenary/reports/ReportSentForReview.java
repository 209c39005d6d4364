package plenary.reports;

import java.time.Instant;
import java.util.List;

/**
 * A report's version was sent to the meeting's participants (by person id) for suggestions until the deadline;
 * {@code title} is the report's title as the version has it.
 */
public record ReportSentForReview(
        long meetingId, long reviewId, int version, String title, Instant deadline, List<Long> personIds) {}
