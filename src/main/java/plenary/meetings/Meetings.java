package plenary.meetings;

import java.util.List;
import java.util.Optional;
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

    /** The named record of a meeting. */
    Optional<MeetingRecord> record(MeetingId meetingId);

    /**
     * A named record as its meeting's attribution rule lets those outside the meeting see it ("a Russian
     * participant"): the named record itself for a meeting whose rule names speakers.
     */
    MeetingRecord described(MeetingRecord named);
}
