package plenary.reports.composition;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionView;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.studygroups.StudyGroupView;

/**
 * Everything a report is composed from: the meeting's named record, its study group, the people and committees
 * it names (for pronouns, nationalities and affiliations), the institutions it is about, and the group's other
 * meetings (for links across them), with the speakers of the interventions of earlier meetings that this one's
 * link to (by intervention id: whose paper an elaboration takes up).
 */
public record ReportContext(
        MeetingRecord meeting,
        StudyGroupView studyGroup,
        Map<PersonId, PersonView> people,
        Map<CommitteeId, CommitteeView> committees,
        Map<InstitutionId, InstitutionView> institutions,
        List<MeetingSummary> meetingsOfGroup,
        Map<Long, PersonId> earlierSpeakers) {

    /** A context that knows no speaker of an earlier meeting. */
    public ReportContext(
            MeetingRecord meeting,
            StudyGroupView studyGroup,
            Map<PersonId, PersonView> people,
            Map<CommitteeId, CommitteeView> committees,
            Map<InstitutionId, InstitutionView> institutions,
            List<MeetingSummary> meetingsOfGroup) {
        this(meeting, studyGroup, people, committees, institutions, meetingsOfGroup, Map.of());
    }

    @Nullable PersonView person(@Nullable PersonId id) {
        return id == null ? null : people.get(id);
    }

    @Nullable MeetingSummary meetingNumbered(int ordinal) {
        return meetingsOfGroup.stream()
                .filter(m -> m.ordinal() == ordinal)
                .findFirst()
                .orElse(null);
    }
}
