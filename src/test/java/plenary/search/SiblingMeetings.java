package plenary.search;

import java.time.LocalDate;
import java.util.List;
import plenary.directory.CommitteeId;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Subjects;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * Meetings the search tests add, each in a group of its own led by the demo group's co-chairs and rapporteurs, so
 * that they keep (and may read by name) what a test adds, without adding it to the demo's group, whose three
 * meetings other tests count.
 */
public record SiblingMeetings(
        StudyGroups studyGroups,
        StudyGroupRecords groupRecords,
        MeetingRecords meetings,
        SessionRecords sessions,
        InterventionRecords interventions) {

    static final String DEMO_GROUP = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";

    /** A meeting in Rason, in 2014, of one session with one intervention saying this. */
    public long meetingSaying(String summary) {
        return CurrentAccount.asSystem(() -> {
            long meeting = meetings.create(new MeetingForm(
                            siblingOfTheDemoGroup(),
                            200 + (int) (System.nanoTime() % 1000),
                            null,
                            LocalDate.of(2014, 9, 1),
                            null,
                            "Rason",
                            Nationality.RU,
                            null,
                            10,
                            4,
                            AttendanceQualifier.MORE_THAN,
                            false,
                            AttributionRule.NONE,
                            null))
                    .id()
                    .value();
            long session = sessions.create(
                            new MeetingId(meeting),
                            new SessionForm(1, "Corridors", List.of("reviewed the corridors"), null, null))
                    .id();
            interventions.create(
                    new MeetingId(meeting),
                    new InterventionForm(
                            session,
                            null,
                            null,
                            InterventionKind.CONCERN,
                            summary,
                            null,
                            null,
                            Subjects.none(),
                            List.of(),
                            null,
                            null));
            return meeting;
        });
    }

    private long siblingOfTheDemoGroup() {
        StudyGroupView demo = studyGroups.all().stream()
                .filter(g -> g.title().equals(DEMO_GROUP))
                .findFirst()
                .orElseThrow();
        return groupRecords
                .create(new StudyGroupForm(
                        "Sibling of the demo group " + System.nanoTime(),
                        null,
                        StudyGroupStatus.ACTIVE,
                        null,
                        demo.coChairIds().stream().map(PersonId::value).toList(),
                        demo.rapporteurIds().stream().map(PersonId::value).toList(),
                        demo.committeeIds().stream().map(CommitteeId::value).toList(),
                        null,
                        null))
                .id()
                .value();
    }
}
