package plenary.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import plenary.circulation.CommentMade;
import plenary.drafting.MemorandumDeleted;
import plenary.drafting.MemorandumStarted;
import plenary.drafting.MemorandumVersionFrozen;
import plenary.meetings.MeetingRecordChanged;
import plenary.reports.ReportPublished;

/**
 * Hears the modules' events synchronously, in the transaction of the change, and writes each into the outbox:
 * the row commits with the change or not at all, so that no change is lost between the commit and the index.
 */
@Component
class ChangeListener {

    static final String MEETING = "meeting";
    static final String REPORT = "report";
    static final String MEMORANDUM = "memorandum";
    static final String COMMENT = "comment";

    private final Changes changes;

    ChangeListener(Changes changes) {
        this.changes = changes;
    }

    @EventListener
    void on(MeetingRecordChanged event) {
        changes.record(MEETING, event.meetingId().value());
    }

    @EventListener
    void on(ReportPublished event) {
        changes.record(REPORT, event.meetingId().value());
    }

    @EventListener
    void on(MemorandumStarted event) {
        changes.record(MEMORANDUM, event.memorandumId().value());
    }

    @EventListener
    void on(MemorandumVersionFrozen event) {
        changes.record(MEMORANDUM, event.memorandumId().value());
    }

    /**
     * A comment is indexed alone: reading its memorandum again with every comment so far made each comment cost
     * more than the one before (a quarter of the load test's work at size L).
     */
    @EventListener
    void on(CommentMade event) {
        changes.record(COMMENT, event.commentId());
    }

    @EventListener
    void on(MemorandumDeleted event) {
        changes.record(MEMORANDUM, event.memorandumId().value());
    }
}
