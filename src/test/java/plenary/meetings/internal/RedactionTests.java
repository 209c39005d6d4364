package plenary.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.directory.CommitteeId;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.institutions.IssueArea;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.NextTaskView;
import plenary.meetings.ParticipantView;
import plenary.meetings.PositionStance;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionView;
import plenary.meetings.Subjects;
import plenary.studygroups.StudyGroupId;

class RedactionTests {

    static final long SPEAKER = 501, CHAIR = 502, HOLDER = 503, OWNER = 504;

    final InterventionView briefing = new InterventionView(
            1,
            10,
            1,
            new PersonId(SPEAKER),
            "Ivan Petrov",
            InterventionKind.BRIEFING,
            "A detailed briefing on the gas pipeline through the Korean Peninsula.",
            null,
            null,
            new Subjects(List.of(), List.of(IssueArea.ENERGY)),
            List.of(),
            null,
            0);
    final InterventionView concern = new InterventionView(
            2,
            10,
            2,
            null,
            null,
            InterventionKind.CONCERN,
            "Some concerns were expressed about transit fees.",
            null,
            null,
            Subjects.none(),
            List.of(),
            null,
            0);
    final MeetingRecord named = new MeetingRecord(
            new MeetingId(1),
            new StudyGroupId(2),
            "Study Group",
            3,
            true,
            null,
            LocalDate.of(2011, 11, 14),
            null,
            "Vladivostok",
            Nationality.RU,
            new CommitteeId(7L),
            "CSCAP-Russia",
            20,
            9,
            null,
            true,
            AttributionRule.BY_NATIONALITY,
            true,
            2,
            List.of(
                    new ParticipantView(1, new PersonId(SPEAKER), "Ivan Petrov", Capacity.PRESENTER, 0),
                    new ParticipantView(2, new PersonId(CHAIR), "Chair Person", Capacity.CO_CHAIR, 0)),
            List.of(new SessionView(
                    10,
                    2,
                    "Institutional arrangements",
                    List.of("reviewed"),
                    new PersonId(CHAIR),
                    "Chair Person",
                    List.of(briefing, concern),
                    0)),
            List.of(new ProposalView(
                    20,
                    "Link the pipeline issue and denuclearization",
                    1L,
                    List.of(new PositionView(
                            PositionStance.OPPOSES, new PersonId(HOLDER), "Holder Person", null, "not a hostage")),
                    0)),
            List.of(new NextTaskView(
                    30,
                    1,
                    "Draft the memorandum",
                    "the Co-Chairs",
                    List.of(new PersonId(OWNER)),
                    List.of("Owner Person"),
                    null,
                    "next year",
                    0)),
            0);

    final MeetingRecord redacted =
            Redaction.redact(named, rule -> id -> id.value() == SPEAKER ? "a Russian participant" : "a participant");

    @Test
    void speakersAndPositionHoldersAreDescribedByTheRule() {
        assertThat(redacted.sessions().get(0).interventions())
                .extracting(InterventionView::speaker)
                .containsExactly("a Russian participant", null);
        assertThat(redacted.proposals().get(0).positions().get(0).holder()).isEqualTo("a participant");
    }

    @Test
    void noNameAndNoPersonIdIsLeft() {
        assertThat(redacted.named()).isFalse();
        assertThat(redacted.participants()).isNull();
        assertThat(redacted.participantsCount()).isEqualTo(2);
        assertThat(redacted.sessions().get(0).chairPersonId()).isNull();
        assertThat(redacted.sessions().get(0).interventions())
                .extracting(InterventionView::speakerPersonId)
                .containsOnlyNulls();
        assertThat(redacted.proposals().get(0).positions().get(0).personId()).isNull();
        assertThat(redacted.nextTasks().get(0).ownerPersonIds()).isNull();
        assertThat(redacted.toString())
                .doesNotContain(
                        "Ivan Petrov",
                        "Chair Person",
                        "Holder Person",
                        "Owner Person",
                        String.valueOf(SPEAKER),
                        String.valueOf(CHAIR),
                        String.valueOf(HOLDER),
                        String.valueOf(OWNER));
    }

    @Test
    void whatWasSaidAndTheMeetingItselfStay() {
        assertThat(redacted.sessions().get(0).interventions())
                .extracting(InterventionView::summary)
                .containsExactly(briefing.summary(), concern.summary());
        assertThat(redacted.attendanceWords()).isEqualTo(named.attendanceWords());
        assertThat(redacted.nextTasks().get(0).owner()).isEqualTo("the Co-Chairs");
        assertThat(redacted.proposals().get(0).positions().get(0).note()).isEqualTo("not a hostage");
    }
}
