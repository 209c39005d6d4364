package plenary.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.Role;
import plenary.drafting.MemorandumView;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What became of each proposal of a hand-made group with a memorandum: version 1 cites two proposals, version 2
 * only one of them, and a third was never taken up.
 */
@PlenaryIntegrationTest
class PositionsOutcomeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PositionsWorld world;

    @Test
    void eachProposalIsTakenDroppedOrOpen() throws Exception {
        JsonApi api = new JsonApi(mvc, json);
        Signed coChair = accounts.account(Role.CO_CHAIR);
        Signed steering = accounts.of(Role.STEERING_COMMITTEE_MEMBER);
        long group = world.group(api, List.of(coChair.person().id().value()));
        long meeting = world.meeting(group, 1, AttributionRule.BY_NATIONALITY);
        long session = world.session(meeting);
        long said =
                world.say(meeting, session, null, InterventionKind.PROPOSAL, "proposals were made.", null, List.of());
        long safety = world.propose(meeting, "develop a regional cooperation mechanism on nuclear safety", said);
        long pipeline = world.propose(meeting, "link the pipeline issue to the talks", said);
        long packaged = world.propose(meeting, "take a comprehensive and packaged approach", said);
        String title = PositionsWorld.unique("Memorandum on nuclear safety");
        MemorandumView memorandum = world.memorandum(group, title);
        memorandum = world.cite(memorandum, List.of(safety, pipeline));
        world.freeze(memorandum, "The first draft.");
        memorandum = world.cite(memorandum, List.of(safety));
        world.freeze(memorandum, "The pipeline left out.");

        JsonNode map = api.read(api.get("/api/study-groups/" + group + "/positions", steering.basic()));
        JsonNode lines = map.get("proposals");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("proposalId").asLong()).isEqualTo(safety);
        assertThat(lines.get(0).at("/outcome/fate").asString()).isEqualTo("TAKEN");
        assertThat(lines.get(0).at("/outcome/words").asString())
                .isEqualTo("Taken into paragraph 1.1 of “" + title + "” (as in version 2).");
        assertThat(lines.get(0).at("/outcome/places/0/memorandumId").asLong())
                .isEqualTo(memorandum.id().value());
        assertThat(lines.get(1).at("/outcome/fate").asString()).isEqualTo("DROPPED");
        assertThat(lines.get(1).at("/outcome/words").asString())
                .isEqualTo("Dropped from “" + title + "” by version 2 (cited up to version 1).");
        assertThat(lines.get(1).at("/outcome/places/0/droppedIn").asInt()).isEqualTo(2);
        assertThat(lines.get(2).at("/outcome/fate").asString()).isEqualTo("OPEN");
        assertThat(lines.get(2).at("/outcome/words").asString()).isEqualTo("Open: not taken up in any memorandum.");

        JsonNode one = api.read(api.get("/api/proposals/" + pipeline + "/positions", steering.basic()));
        assertThat(one.at("/outcome/fate").asString()).isEqualTo("DROPPED");
        assertThat(one.get("byMeeting")).isEmpty();
        String page = mvc.perform(get("/proposals/" + pipeline + "/positions").with(steering.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(">dropped<").contains("No position was recorded on it.");

        String russian = mvc.perform(get("/proposals/" + safety + "/positions")
                        .header("Accept-Language", "ru")
                        .with(steering.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(russian)
                .contains("<h1>Позиции по предложению</h1>")
                .contains("встреча 1, Vladivostok</a>")
                .contains("14 декабря 2011 г.")
                .contains(">принято<")
                .contains("Включено в")
                .contains("пункт 1.1 меморандума «" + title + "» (как в версии 2)")
                .contains("Позиций по нему не записано.");
    }
}
