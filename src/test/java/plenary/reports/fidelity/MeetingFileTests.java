package plenary.reports.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkKind;
import plenary.meetings.MeetingRecord;
import plenary.meetings.PositionStance;
import plenary.meetings.ProposalView;

/** The corpus's meeting files read into the records and contexts the composer takes. */
class MeetingFileTests {

    @Test
    void hanoiHasSixSessionsFortyInterventionsAndLinksToTwoEarlierMeetings() throws IOException {
        CorpusMeeting hanoi = MeetingFile.read("hanoi-2017");
        MeetingRecord meeting = hanoi.context().meeting();

        assertThat(meeting.attributionRule()).isEqualTo(AttributionRule.NAMED);
        assertThat(meeting.sessions()).hasSize(6);
        assertThat(meeting.sessions().stream()
                        .mapToInt(s -> s.interventionsInOrder().size())
                        .sum())
                .isEqualTo(40);
        assertThat(meeting.sessions().get(5).interventionsInOrder()).isEmpty();
        assertThat(hanoi.context().meetingsOfGroup())
                .extracting(m -> m.ordinal())
                .containsExactly(1, 2, 3);
        InterventionView last = meeting.sessions().get(4).interventionsInOrder().get(7);
        assertThat(last.links()).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.DISAGREES_WITH);
            assertThat(link.targetMeetingOrdinal()).isEqualTo(1);
            assertThat(link.targetMeetingId()).isNotEqualTo(meeting.id().value());
        });
        assertThat(hanoi.context().people().get(last.speakerPersonId()).name()).isEqualTo("Дмитрий Орлов");
    }

    @Test
    void linksInsideAMeetingPointAtTheInterventionWithItsKindAndSession() throws IOException {
        MeetingRecord tokyo = MeetingFile.read("tokyo-2014").context().meeting();
        InterventionView chinese =
                tokyo.sessions().get(0).interventionsInOrder().get(2);
        InterventionView argued = tokyo.sessions().get(0).interventionsInOrder().get(1);

        assertThat(chinese.links()).singleElement().satisfies(link -> {
            assertThat(link.targetId()).isEqualTo(argued.id());
            assertThat(link.targetKind()).isEqualTo(InterventionKind.ARGUMENT);
            assertThat(link.targetMeetingId()).isEqualTo(tokyo.id().value());
            assertThat(link.targetSessionNumber()).isEqualTo(1);
        });
        assertThat(tokyo.endsOn()).isEqualTo(LocalDate.of(2014, 6, 4));
    }

    @Test
    void proposalsCarryTheirPositionsAndTheInterventionsTheyWereTakenIn() throws IOException {
        MeetingRecord tokyo = MeetingFile.read("tokyo-2014").context().meeting();
        ProposalView pipeline = tokyo.proposals().get(0);

        assertThat(pipeline.interventionId())
                .isEqualTo(tokyo.sessions().get(1).interventionsInOrder().get(1).id());
        assertThat(pipeline.positions())
                .extracting(p -> p.stance())
                .containsExactly(PositionStance.SUPPORTS, PositionStance.QUALIFIES, PositionStance.OPPOSES);
        assertThat(pipeline.positions().get(1).holder()).isEqualTo("Yuki Mori");
    }

    @Test
    void aFileNamesItsHouseStyleAndCourtesyOrGetsTheSeeds() throws IOException {
        CorpusMeeting seoul = MeetingFile.read("seoul-2015");
        CorpusMeeting manila = MeetingFile.read("manila-2013");

        assertThat(seoul.style()).isEqualTo(new CorpusMeeting.HouseStyle("speaker", "roman", "bullets"));
        assertThat(seoul.courtesy()).isNull();
        assertThat(seoul.context().meeting().nextTasks()).isEmpty();
        assertThat(manila.style().isSeed()).isTrue();
        assertThat(manila.courtesy()).startsWith("The Co-Chairs thanked CSCAP-Philippines");
    }
}
