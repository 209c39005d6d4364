package plenary.reports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.reports.ReportSentForReview;

/**
 * Review invitations an earlier Plenary left waiting in Spring Modulith's registry of event publications. Before the
 * outbox, a listener of that registry sent them after the review committed; the registry resubmits a publication
 * only to a listener of the same id, and that listener is gone (the invitations are queued in the review's own
 * transaction now), so a publication still waiting from then would wait for ever and its invitations never go out.
 * At start, each one's invitations are queued in the outbox (once: the outbox keeps one message per review and
 * person) and the publication is completed, in one transaction.
 */
@Component
@Order(0)
class EarlierReviewInvitations implements ApplicationRunner {

    static final String LISTENER = "plenary.reports.internal.ReviewInvitations.on(plenary.reports.ReportSentForReview)";
    private static final Logger log = LoggerFactory.getLogger(EarlierReviewInvitations.class);

    private final JdbcClient jdbc;
    private final EventSerializer serializer;
    private final ReviewInvitations invitations;
    private final TransactionTemplate transaction;

    EarlierReviewInvitations(
            JdbcClient jdbc,
            EventSerializer serializer,
            ReviewInvitations invitations,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.invitations = invitations;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Waiting> waiting = jdbc.sql(
                        "SELECT id, serialized_event FROM event_publication WHERE listener_id = :listener AND completion_date IS NULL")
                .param("listener", LISTENER)
                .query(Waiting.class)
                .list();
        waiting.forEach(this::queue);
        if (!waiting.isEmpty()) {
            log.info("Queued the review invitations of {} review(s) sent before the outbox.", waiting.size());
        }
    }

    private void queue(Waiting publication) {
        transaction.executeWithoutResult(status -> {
            invitations.on(serializer.deserialize(publication.serializedEvent(), ReportSentForReview.class));
            jdbc.sql("UPDATE event_publication SET completion_date = :now, status = 'COMPLETED' WHERE id = :id")
                    .param("now", Timestamp.from(Instant.now()))
                    .param("id", publication.id())
                    .update();
        });
    }

    private record Waiting(UUID id, String serializedEvent) {}
}
