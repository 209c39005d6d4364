package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.studygroups.StudyGroupId;

/** What other modules read of the meetings, and hear of their changes. */
class MeetingsTests extends WorldTests {

    @Autowired
    Meetings records;

    @Autowired
    ChangesHeard changes;

    @Test
    void theRecordIsTheNamedOneWhoeverAsks() {
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        world.intervention(
                meeting, session, world.participant.person().id().value(), InterventionKind.ARGUMENT, List.of());

        MeetingRecord record = records.record(new MeetingId(meeting)).orElseThrow();
        assertThat(record.named()).isTrue();
        assertThat(record.attributionRule()).isEqualTo(AttributionRule.NONE);
        assertThat(record.sessions().get(0).interventions().get(0).speakerPersonId())
                .isEqualTo(world.participant.person().id());
        assertThat(record.participants())
                .extracting(ParticipantView::personId)
                .contains(
                        world.participant.person().id(),
                        world.meetingRapporteur.person().id());
        assertThat(records.record(new MeetingId(987654321))).isEmpty();
    }

    @Test
    void theMeetingsOfAGroupComeInTheOrderOfTheSeries() throws Exception {
        long group = world.group(List.of(world.coChair.person().id().value()), List.of(), 3);
        long third = world.meeting(group, 3, AttributionRule.NONE);
        long first = world.meeting(group, 1, AttributionRule.NONE);
        assertThat(records.ofStudyGroup(new StudyGroupId(group)))
                .extracting(MeetingSummary::id)
                .containsExactly(new MeetingId(first), new MeetingId(third));
        assertThat(records.ofStudyGroup(new StudyGroupId(group)).get(1).ordinalWords())
                .isEqualTo("the third and final meeting");
    }

    @Test
    void everyChangeOfARecordIsAnnounced() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        long intervention = world.intervention(meeting, session);
        world.proposal(meeting, intervention);
        world.nextTask(meeting);
        world.participant(meeting, world.steering.person().id().value(), Capacity.OBSERVER);
        assertThat(changes.of(meeting)).isEqualTo(6);

        api.delete("/api/meetings/" + meeting, world.coChair.basic()).andExpect(status().isNoContent());
        assertThat(changes.of(meeting)).isEqualTo(7);
    }

    @Test
    void aRefusedChangeIsNotAnnounced() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long before = changes.of(meeting);
        api.post("/api/meetings/" + meeting + "/sessions", world.coChair.basic(), "{}")
                .andExpect(status().isBadRequest());
        api.post("/api/meetings/" + meeting + "/sessions", world.steering.basic(), "{\"number\":1,\"theme\":\"x\"}")
                .andExpect(status().isForbidden());
        assertThat(changes.of(meeting)).isEqualTo(before);
    }
}
