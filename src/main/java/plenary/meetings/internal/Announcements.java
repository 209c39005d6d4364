package plenary.meetings.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import plenary.directory.CurrentAccount;
import plenary.directory.PlenaryAccount;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecordChanged;
import plenary.meetings.NamedRecordExported;
import plenary.studygroups.StudyGroupId;

/**
 * Tells the other modules what happened to a meeting's record. Events are published in the change's transaction,
 * so listeners hear of them only after it commits, and the event registry keeps them until they are handled.
 */
@Component
public class Announcements {

    private final ApplicationEventPublisher events;

    Announcements(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The meeting's record changed: the meeting itself, or anything kept inside it. */
    public void recordChanged(Meeting meeting) {
        events.publishEvent(
                new MeetingRecordChanged(new MeetingId(meeting.savedId()), new StudyGroupId(meeting.studyGroupId())));
    }

    /** The named record of a meeting whose rule withholds names went out through the API. */
    public void namedRecordExported(Meeting meeting) {
        String by = CurrentAccount.get().map(PlenaryAccount::getUsername).orElse("plenary");
        events.publishEvent(new NamedRecordExported(new MeetingId(meeting.savedId()), meeting.attributionRule(), by));
    }
}
