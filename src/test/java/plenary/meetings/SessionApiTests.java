package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SessionApiTests extends WorldTests {

    @Test
    void aSessionKeepsItsThemeNumberedObjectivesAndChair() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        JsonNode created = api.created("/api/meetings/" + meeting + "/sessions", world.coChair.basic(), """
                {"number":1,"theme":"Multilateral institutions and processes","chairPersonId":%d,
                 "objectives":["reviewed a variety of multilateral institutions","evaluated the past history",
                               "identified the factors","assessed the current situation"]}""".formatted(
                        world.coChair.person().id().value()));
        assertThat(created.at("/objectives/3").asString()).isEqualTo("assessed the current situation");
        assertThat(created.get("chair").asString())
                .isEqualTo(world.coChair.person().name());

        api.get("/api/meetings/" + meeting, world.steering.basic())
                .andExpect(jsonPath("$.sessions[0].number").value(1))
                .andExpect(jsonPath("$.sessions[0].objectives[1]").value("evaluated the past history"))
                .andExpect(jsonPath("$.sessions[0].interventions").isArray());
    }

    @Test
    void eachBrokenRuleOfASessionIsNamed() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        world.session(meeting, 1);
        api.post(
                        "/api/meetings/" + meeting + "/sessions",
                        world.coChair.basic(),
                        "{\"number\":1,\"theme\":\" \",\"objectives\":[\"reviewed\",\"\"],\"chairPersonId\":987654321}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='number')].rule").value("unique"))
                .andExpect(jsonPath("$.violations[?(@.field=='theme')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='objectives[1]')].rule")
                        .value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='chairPersonId')].rule")
                        .value("exists"));
        api.post("/api/meetings/" + meeting + "/sessions", world.coChair.basic(), "{\"number\":0,\"theme\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("number"))
                .andExpect(jsonPath("$.violations[0].rule").value("range"));
    }

    @Test
    void aSessionThatStillHoldsInterventionsCannotBeDeleted() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        long intervention = world.intervention(meeting, session);
        api.delete("/api/meetings/" + meeting + "/sessions/" + session, world.coChair.basic())
                .andExpect(status().isConflict())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("still holds 1 intervention")));
        api.delete("/api/meetings/" + meeting + "/interventions/" + intervention, world.coChair.basic())
                .andExpect(status().isNoContent());
        api.delete("/api/meetings/" + meeting + "/sessions/" + session, world.coChair.basic())
                .andExpect(status().isNoContent());
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentSession() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        String path = "/api/meetings/" + meeting + "/sessions/" + session;
        api.changed(path, world.coChair.basic(), "{\"number\":1,\"theme\":\"First theme\",\"version\":0}");
        api.put(path, world.rapporteur.basic(), "{\"number\":1,\"theme\":\"Second theme\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.theme").value("First theme"));
    }
}
