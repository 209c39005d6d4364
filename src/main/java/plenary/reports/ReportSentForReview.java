package plenary.reports;

import java.time.Instant;
import java.util.List;

/** A report's version was sent to the meeting's participants (by person id) for suggestions until the deadline. */
public record ReportSentForReview(long meetingId, long reviewId, int version, Instant deadline, List<Long> personIds) {
}
