package plenary.meetings;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantApiTests extends WorldTests {

    @Test
    void aPersonTakesPartOnceInACapacity() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String path = "/api/meetings/" + meeting + "/participants";
        api.post(
                        path,
                        world.coChair.basic(),
                        "{\"personId\":%d,\"capacity\":\"PRESENTER\"}"
                                .formatted(world.steering.person().id().value()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(world.steering.person().name()))
                .andExpect(jsonPath("$.capacity").value("PRESENTER"));
        api.post(
                        path,
                        world.coChair.basic(),
                        "{\"personId\":%d,\"capacity\":\"OBSERVER\"}"
                                .formatted(world.steering.person().id().value()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("personId"))
                .andExpect(jsonPath("$.violations[0].rule").value("unique"));
        api.post(path, world.coChair.basic(), "{\"personId\":987654321}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='personId')].rule").value("exists"))
                .andExpect(jsonPath("$.violations[?(@.field=='capacity')].rule").value("required"));
        api.post(
                        path,
                        world.coChair.basic(),
                        "{\"personId\":%d,\"capacity\":\"CHAIRMAN\"}"
                                .formatted(world.steering.person().id().value()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].rule").value("one-of"));
    }

    @Test
    void aParticipantWhoSpokeStaysUntilTheirInterventionsAreGone() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long participant =
                world.participant(meeting, world.representative.person().id().value(), Capacity.DISCUSSANT);
        long session = world.session(meeting, 1);
        InterventionView spoke = world.intervention(
                meeting, session, world.representative.person().id().value(), InterventionKind.ARGUMENT, List.of());
        String path = "/api/meetings/" + meeting + "/participants/" + participant;

        api.delete(path, world.coChair.basic())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("spoke in 1 intervention")));
        api.put(
                        path,
                        world.coChair.basic(),
                        "{\"personId\":%d,\"capacity\":\"DISCUSSANT\",\"version\":0}"
                                .formatted(world.steering.person().id().value()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("personId"))
                .andExpect(jsonPath("$.violations[0].rule").value("in-use"));

        api.delete("/api/meetings/" + meeting + "/interventions/" + spoke.id(), world.coChair.basic())
                .andExpect(status().isNoContent());
        api.delete(path, world.coChair.basic()).andExpect(status().isNoContent());
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentParticipant() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long participant =
                world.participant(meeting, world.representative.person().id().value(), Capacity.PARTICIPANT);
        String path = "/api/meetings/" + meeting + "/participants/" + participant;
        String body = "{\"personId\":%d,\"capacity\":\"%s\",\"version\":0}";
        api.changed(
                path,
                world.coChair.basic(),
                body.formatted(world.representative.person().id().value(), "PRESENTER"));
        api.put(
                        path,
                        world.coChair.basic(),
                        body.formatted(world.representative.person().id().value(), "OBSERVER"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.capacity").value("PRESENTER"));
    }
}
