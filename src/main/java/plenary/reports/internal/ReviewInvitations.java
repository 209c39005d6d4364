package plenary.reports.internal;

import java.time.Instant;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import plenary.directory.Directory;
import plenary.directory.PersonView;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;
import plenary.reports.ReportSentForReview;

/**
 * Queues an invitation to review for each participant with an e-mail address, in the transaction that sends the
 * report for review: the outbox sends them once it commits, however often the mail server fails, and
 * {@link ReviewInvitationWording} words them then.
 */
@Component
class ReviewInvitations {

    static final String KIND = "report-review";

    private final Directory directory;
    private final Outbox outbox;

    ReviewInvitations(Directory directory, Outbox outbox) {
        this.directory = directory;
        this.outbox = outbox;
    }

    @EventListener
    void on(ReportSentForReview review) {
        for (PersonView person : directory.people(review.personIds()).values()) {
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            outbox.enqueue(new OutgoingMail(
                    KIND,
                    person.email(),
                    person.name(),
                    person.id().value(),
                    Map.of(
                            "meetingId", Long.toString(review.meetingId().value()),
                            "version", Integer.toString(review.version()),
                            "title", review.title(),
                            "deadline", review.deadline().toString()),
                    Instant.now(),
                    KIND + ":" + review.reviewId() + ":" + person.id().value()));
        }
    }
}
