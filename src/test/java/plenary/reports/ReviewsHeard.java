package plenary.reports;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Listens, as the review invitations do, to every report sent for review. */
@Component
class ReviewsHeard {

    private final List<ReportSentForReview> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ReportSentForReview sent) {
        heard.add(sent);
    }

    List<ReportSentForReview> of(long meetingId) {
        return heard.stream().filter(s -> s.meetingId().value() == meetingId).toList();
    }
}
