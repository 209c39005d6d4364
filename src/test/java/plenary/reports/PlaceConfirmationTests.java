package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import plenary.directory.Nationality;
import plenary.meetings.AttributionRule;
import tools.jackson.databind.JsonNode;

/**
 * A place the leak check cannot decide (a participant's surname that is a common word, opening a sentence with
 * nothing else to tell) neither passes silently nor blocks: publication asks the keeper to confirm it, through the
 * API by naming it among the confirmed places, on the page by ticking its box. A certain leak blocks whatever is
 * confirmed.
 */
class PlaceConfirmationTests extends ReportTests {

    @Test
    void aPlaceToConfirmIsRefusedUntilTheKeeperConfirmsIt() throws Exception {
        long meeting = meetingWithAParticipantNamedPark();
        String eId = sessionParagraph(version(meeting, 1));
        edit(meeting, 1, eId, "Park visited the shipyard before the talks.", world.rapporteur.basic());

        var refused = http.post(report(meeting) + "/publish", world.coChair.basic(), "{\"version\":2}");
        assertThat(refused.getStatus()).isEqualTo(422);
        JsonNode problem = http.read(refused);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/unconfirmed-places");
        assertThat(problem.get("detail").asString()).contains("“Park”");
        JsonNode place = problem.get("places").get(0);
        assertThat(place.get("place").asString()).isEqualTo(eId + "@0");
        assertThat(place.get("term").asString()).isEqualTo("Park");
        assertThat(place.get("location").asString()).isEqualTo("Session 1, paragraph 1");
        assertThat(place.get("people").get(0).asString()).isEqualTo("Daniel Park");
        assertThat(http.expect(200, http.get(report(meeting) + "/state", world.coChair.basic()))
                        .get("published"))
                .isNull();

        JsonNode published = http.expect(
                200,
                http.post(
                        report(meeting) + "/publish",
                        world.coChair.basic(),
                        http.write(Map.of("version", 2, "confirmed", List.of(eId + "@0")))));
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void aCertainLeakBlocksWhateverIsConfirmed() throws Exception {
        long meeting = meetingWithAParticipantNamedPark();
        String eId = sessionParagraph(version(meeting, 1));
        edit(meeting, 1, eId, "Park thanked the hosts.", world.rapporteur.basic());

        JsonNode problem = http.read(http.post(
                report(meeting) + "/publish",
                world.coChair.basic(),
                http.write(Map.of("version", 2, "confirmed", List.of(eId + "@0")))));
        assertThat(problem.get("type").asString()).isEqualTo("/problems/leaks");
        assertThat(problem.get("leaks").findValuesAsString("term")).containsExactly("Park");
    }

    @Test
    void thePublishFormOffersACheckboxForEachPlaceAndPublishesOnceTicked() throws Exception {
        long meeting = meetingWithAParticipantNamedPark();
        String eId = sessionParagraph(version(meeting, 1));
        edit(meeting, 1, eId, "Park visited the shipyard before the talks.", world.rapporteur.basic());
        String page = "/meetings/" + meeting + "/report";

        MockHttpServletResponse refused = mvc.perform(post(page + "/publish")
                        .param("version", "2")
                        .with(csrf())
                        .with(world.coChair.basic()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Publication waits")
                .contains("<input type=\"checkbox\" name=\"confirmed\" value=\"" + eId + "@0\">");

        MockHttpServletResponse published = mvc.perform(post(page + "/publish")
                        .param("version", "2")
                        .param("confirmed", eId + "@0")
                        .with(csrf())
                        .with(world.coChair.basic()))
                .andReturn()
                .getResponse();
        assertThat(published.getRedirectedUrl()).isEqualTo(page);
        assertThat(http.expect(200, http.get(report(meeting) + "/state", world.coChair.basic()))
                        .get("state")
                        .asString())
                .isEqualTo("PUBLISHED");
    }

    private long meetingWithAParticipantNamedPark() throws Exception {
        long meeting = world.meeting(AttributionRule.BY_NATIONALITY);
        world.joins(meeting, world.person("Daniel Park", Nationality.US, "Chesapeake Policy Centre"));
        draft(meeting);
        return meeting;
    }
}
