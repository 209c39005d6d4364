package plenary.meetings.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import plenary.directory.CurrentAccount;
import plenary.directory.PlenaryAccount;
import plenary.kernel.RecordNotFound;
import plenary.meetings.Capacity;
import plenary.meetings.MeetingRecordChanged;
import plenary.meetings.NamedRecordExported;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * The way into a meeting for the write services: finds it, decides with {@link MeetingAccess} whether the one
 * signed in may change it, and announces every change.
 */
@Component
public class MeetingGate {

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final StudyGroups studyGroups;
    private final ApplicationEventPublisher events;

    MeetingGate(
            MeetingRepository meetings,
            ParticipantRepository participants,
            StudyGroups studyGroups,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.participants = participants;
        this.studyGroups = studyGroups;
        this.events = events;
    }

    public Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new RecordNotFound("Meeting", id));
    }

    public StudyGroupView group(long id) {
        return studyGroups.find(id).orElseThrow(() -> new RecordNotFound("Study group", id));
    }

    public MeetingAccess access(Meeting meeting) {
        Map<Long, Capacity> byPerson = participants.findByMeetingId(meeting.id()).stream()
                .collect(Collectors.toMap(Participant::personId, Participant::capacity, (a, b) -> a));
        return MeetingAccess.toMeeting(Viewer.current(), group(meeting.studyGroupId()), byPerson);
    }

    /** The meeting, if the one signed in may change its record; refused otherwise. */
    public Meeting editable(long meetingId) {
        Meeting meeting = meeting(meetingId);
        access(meeting).requireEdit();
        return meeting;
    }

    /** The named record of a meeting whose rule withholds names went out through the API. */
    public void namedRecordExported(Meeting meeting) {
        String by = CurrentAccount.get().map(PlenaryAccount::getUsername).orElse("plenary");
        events.publishEvent(new NamedRecordExported(meeting.id(), meeting.attributionRule(), by));
    }

    /** Publishes, in the change's transaction, that the meeting's record changed: listeners hear of it after commit. */
    public void announceChange(Meeting meeting) {
        events.publishEvent(new MeetingRecordChanged(meeting.id(), meeting.studyGroupId()));
    }
}
