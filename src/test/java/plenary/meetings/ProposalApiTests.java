package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProposalApiTests extends WorldTests {

    @Test
    void aProposalPutForwardInAnInterventionIsOpposedAtTheMeetingAndSupportedAtALaterOne() throws Exception {
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long session = world.session(meeting, 2);
        long proposing = world.intervention(meeting, session);
        long hostage = world.intervention(meeting, session);
        long later = world.meeting(AttributionRule.NONE);
        long laterSupport = world.intervention(later, world.session(later, 1));

        JsonNode created =
                api.created("/api/meetings/" + meeting + "/proposals", world.meetingRapporteur.basic(), """
                {"text":"Link the pipeline issue and the denuclearization processes under the Six Party Talks",
                 "interventionId":%d,
                 "positions":[{"stance":"OPPOSES","interventionId":%d,"note":"should not be a hostage of the Six Party Talks"},
                              {"stance":"SUPPORTS","personId":%d,"interventionId":%d},
                              {"stance":"QUALIFIES","personId":%d}]}""".formatted(
                                proposing,
                                hostage,
                                world.steering.person().id().value(),
                                laterSupport,
                                world.participant.person().id().value()));
        assertThat(created.get("interventionId").asLong()).isEqualTo(proposing);
        assertThat(created.at("/positions/0/note").asString())
                .isEqualTo("should not be a hostage of the Six Party Talks");
        assertThat(created.at("/positions/1/interventionId").asLong()).isEqualTo(laterSupport);
        assertThat(created.at("/positions/2/holder").asString())
                .isEqualTo(world.participant.person().name());

        api.get("/api/meetings/" + meeting, world.coChair.basic())
                .andExpect(jsonPath("$.proposals[0].positions.length()").value(3));
    }

    @Test
    void eachBrokenRuleOfAProposalIsNamed() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long other = world.meeting(AttributionRule.NONE);
        long elsewhere = world.intervention(other, world.session(other, 1));
        long foreignMeeting = world.meeting(world.otherGroupId, world.nextOrdinal(), AttributionRule.NONE);
        long foreign = world.intervention(foreignMeeting, world.session(foreignMeeting, 1));
        api.post("/api/meetings/" + meeting + "/proposals", world.coChair.basic(), """
                        {"text":"","interventionId":%d,
                         "positions":[{"stance":"SUPPORTS"},{"personId":987654321},{"stance":"OPPOSES","interventionId":%d},
                                      {"stance":"OPPOSES","interventionId":987654321},null]}""".formatted(elsewhere, foreign))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='text')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='interventionId')].rule")
                        .value("same-meeting"))
                .andExpect(jsonPath("$.violations[?(@.field=='positions[0].personId')].rule")
                        .value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='positions[1].stance')].rule")
                        .value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='positions[1].personId')].rule")
                        .value("exists"))
                .andExpect(jsonPath("$.violations[?(@.field=='positions[2].interventionId')].rule")
                        .value("same-study-group"))
                .andExpect(jsonPath("$.violations[?(@.field=='positions[3].interventionId')].rule")
                        .value("exists"))
                .andExpect(jsonPath("$.violations[?(@.field=='positions[4]')].rule")
                        .value("required"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentProposal() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long proposal = world.proposal(meeting, null);
        String path = "/api/meetings/" + meeting + "/proposals/" + proposal;
        api.changed(path, world.coChair.basic(), "{\"text\":\"A regional nuclear safety mechanism\",\"version\":0}");
        api.put(path, world.coChair.basic(), "{\"text\":\"Something else\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.text").value("A regional nuclear safety mechanism"));
        api.delete(path, world.coChair.basic()).andExpect(status().isNoContent());
        api.delete(path, world.coChair.basic()).andExpect(status().isNotFound());
    }
}
