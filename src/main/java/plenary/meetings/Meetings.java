package plenary.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import plenary.directory.PersonId;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;

/**
 * What other modules (reports, search) may read of the meetings: the full, named record, without any check of
 * who is asking. Whoever shows it to people applies the meeting's attribution rule.
 */
public interface Meetings {

    /** The meetings of a study group, in the order of the series. */
    List<MeetingSummary> ofStudyGroup(StudyGroupId studyGroupId);

    /** The meetings of a study group read already, in the order of the series. */
    List<MeetingSummary> ofStudyGroup(StudyGroupView group);

    /**
     * Those of these proposals that were put forward at the study group's meetings, with the positions taken on
     * them, in the order of the series: read in a fixed number of statements however many meetings the group holds.
     */
    List<ProposalTaken> proposals(StudyGroupId studyGroupId, Collection<Long> proposalIds);

    /** Every proposal of the study group's meetings with the positions taken on it, in the order of the series. */
    List<ProposalTaken> proposals(StudyGroupId studyGroupId);

    /** The ids of every proposal of the study group's meetings, in the order of the series. */
    Set<Long> proposalIds(StudyGroupId studyGroupId);

    /** The meetings of these study groups read already, each group's in the order of its series, in one statement. */
    List<MeetingSummary> ofStudyGroups(Collection<StudyGroupView> groups);

    /** The meetings the person took part in (as a participant of any capacity), in one statement. */
    Set<MeetingId> attendedBy(PersonId personId);

    /** The study groups these meetings are of, in one statement; unknown meetings are left out. */
    Set<StudyGroupId> studyGroupsOf(Collection<MeetingId> meetingIds);

    /** The named record of a meeting. */
    Optional<MeetingRecord> record(MeetingId meetingId);

    /**
     * A named record as its meeting's attribution rule lets those outside the meeting see it ("a Russian
     * participant"): the named record itself for a meeting whose rule names speakers.
     */
    MeetingRecord described(MeetingRecord named);
}
