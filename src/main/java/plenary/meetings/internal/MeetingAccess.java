package plenary.meetings.internal;

import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import plenary.directory.PersonId;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.studygroups.StudyGroupView;

/**
 * Who may do what with a meeting's record. Its study group's co-chairs and rapporteurs and the secretariat keep
 * the record of every meeting of the group; a meeting's own co-chairs and rapporteurs keep that meeting's. Any
 * signed-in account reads; the named record of a meeting held under a non-attribution rule is for those who
 * keep it and those who were there.
 */
public final class MeetingAccess {

    private final Viewer viewer;
    private final StudyGroupView group;
    private final Map<Long, Capacity> participants;

    private MeetingAccess(Viewer viewer, StudyGroupView group, Map<Long, Capacity> participants) {
        this.viewer = viewer;
        this.group = group;
        this.participants = Map.copyOf(participants);
    }

    /** Access to a study group's meetings in general, such as creating one. */
    public static MeetingAccess toGroup(Viewer viewer, StudyGroupView group) {
        return new MeetingAccess(viewer, group, Map.of());
    }

    /** Access to one meeting, whose participants are given by person id. */
    public static MeetingAccess toMeeting(Viewer viewer, StudyGroupView group, Map<Long, Capacity> participants) {
        return new MeetingAccess(viewer, group, participants);
    }

    public boolean mayCreateMeeting() {
        return viewer.signedIn() && (viewer.secretariat() || leadsGroup());
    }

    public boolean mayEdit() {
        return mayCreateMeeting()
                || viewer.signedIn()
                        && viewer.personId() != null
                        && participants
                                .getOrDefault(viewer.personId(), Capacity.OBSERVER)
                                .keepsRecord();
    }

    public boolean mayRead() {
        return viewer.signedIn();
    }

    public boolean seesNamedRecord(AttributionRule rule) {
        return mayRead()
                && (rule == AttributionRule.NAMED
                        || mayCreateMeeting()
                        || viewer.personId() != null && participants.containsKey(viewer.personId()));
    }

    public void requireCreate() {
        require(
                mayCreateMeeting(),
                "Only the secretariat and the study group's co-chairs and rapporteurs create its meetings.");
    }

    public void requireEdit() {
        require(
                mayEdit(),
                "Only the secretariat, the study group's co-chairs and rapporteurs, and the meeting's own "
                        + "co-chairs and rapporteurs change its record.");
    }

    public void requireRead() {
        require(mayRead(), "Meeting records are for signed-in accounts.");
    }

    private boolean leadsGroup() {
        return viewer.personId() != null && group.isLedBy(new PersonId(viewer.personId()));
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
