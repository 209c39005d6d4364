package plenary.meetings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Listens, as the reports and search modules will, to every change of a meeting's record. */
@Component
class ChangesHeard {

    private final List<MeetingRecordChanged> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(MeetingRecordChanged change) {
        heard.add(change);
    }

    long of(long meetingId) {
        return heard.stream().filter(c -> c.meetingId().value() == meetingId).count();
    }
}
