package plenary.reports;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.meetings.MeetingId;
import plenary.reports.internal.ReportQueries;

/** Reads the open reviews' deadlines for other modules. */
@Component
@Transactional(readOnly = true)
class ReviewDeadlineReading implements ReviewDeadlines {

    private final ReportQueries queries;

    ReviewDeadlineReading(ReportQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<ReviewDeadline> open(Collection<MeetingId> meetings) {
        return queries.openReviews(meetings.stream().map(MeetingId::value).toList()).stream()
                .map(r -> new ReviewDeadline(new MeetingId(r.meetingId()), r.reviewId(), r.version(), r.deadline()))
                .toList();
    }
}
