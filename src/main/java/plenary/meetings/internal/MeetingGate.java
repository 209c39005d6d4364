package plenary.meetings.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import plenary.kernel.RecordNotFound;
import plenary.meetings.Capacity;
import plenary.meetings.MeetingId;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * The way into a meeting for its commands: finds the meeting and its study group, and decides with
 * {@link MeetingAccess} whether the one signed in may change its record. What happened is told by
 * {@link Announcements}.
 */
@Component
public class MeetingGate {

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final StudyGroups studyGroups;

    MeetingGate(MeetingRepository meetings, ParticipantRepository participants, StudyGroups studyGroups) {
        this.meetings = meetings;
        this.participants = participants;
        this.studyGroups = studyGroups;
    }

    public Meeting meeting(MeetingId id) {
        return meetings.findById(id.value()).orElseThrow(() -> new RecordNotFound("Meeting", id));
    }

    public StudyGroupView group(long id) {
        return studyGroups.find(new StudyGroupId(id)).orElseThrow(() -> new RecordNotFound("Study group", id));
    }

    /** Every study group, by id, in one statement. */
    public Map<Long, StudyGroupView> groups() {
        Map<Long, StudyGroupView> groups = new HashMap<>();
        studyGroups.all().forEach(g -> groups.put(g.id().value(), g));
        return groups;
    }

    public MeetingAccess access(Meeting meeting) {
        return access(group(meeting.studyGroupId()), participants.findByMeetingId(meeting.savedId()));
    }

    /** Access to a meeting whose study group and participants were read already. */
    public MeetingAccess access(StudyGroupView group, List<Participant> participants) {
        Map<Long, Capacity> byPerson = participants.stream()
                .collect(Collectors.toMap(Participant::personId, Participant::capacity, (a, b) -> a));
        return MeetingAccess.toMeeting(Viewer.current(), group, byPerson);
    }

    /** Whether the one signed in may create meetings of the study group (false when there is no such group). */
    public boolean mayCreateIn(long studyGroupId) {
        return studyGroups
                .find(new StudyGroupId(studyGroupId))
                .map(g -> MeetingAccess.toGroup(Viewer.current(), g).mayCreateMeeting())
                .orElse(false);
    }

    /** Refuses one who may not create meetings of the study group. */
    public void requireCreateIn(@Nullable Long studyGroupId) {
        StudyGroupView group = studyGroupId == null
                ? null
                : studyGroups.find(new StudyGroupId(studyGroupId)).orElse(null);
        if (group != null) {
            MeetingAccess.toGroup(Viewer.current(), group).requireCreate();
        } else if (!Viewer.current().secretariat()) {
            // Without an existing group no one but the secretariat could be allowed, so the rest learn nothing more.
            throw new AccessDeniedException(
                    "Only the secretariat and the study group's co-chairs and rapporteurs create its meetings.");
        }
    }

    /** The meeting, if the one signed in may change its record; refused otherwise. */
    public Meeting editable(MeetingId meetingId) {
        Meeting meeting = meeting(meetingId);
        access(meeting).requireEdit();
        return meeting;
    }
}
