package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import org.junit.jupiter.api.Test;

/** A proposal names the institutions it is about by explicit choice, as an intervention names its subjects. */
class ProposalInstitutionsTests extends WorldTests {

    @Test
    void aProposalKeepsTheInstitutionsItIsAboutAndTheMeetingShowsThem() throws Exception {
        long talks = world.institution("Six Party Talks");
        long summit = world.institution("East Asia Summit");
        long meeting = world.meeting(AttributionRule.NONE);
        String created = api.created(
                        "/api/meetings/" + meeting + "/proposals", world.coChair.basic(), """
                        {"text":"Embed the talks into the summit","positions":[],"institutionIds":[%d,%d]}""".formatted(talks, summit))
                .get("id")
                .asText();

        api.get("/api/meetings/" + meeting, world.coChair.basic())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proposals[0].institutionIds[0]").value(talks))
                .andExpect(jsonPath("$.proposals[0].institutionIds[1]").value(summit));

        api.put("/api/meetings/" + meeting + "/proposals/" + created, world.coChair.basic(), """
                        {"text":"Embed the talks into the summit","positions":[],"institutionIds":[%d],"version":0}""".formatted(summit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institutionIds.length()").value(1))
                .andExpect(jsonPath("$.institutionIds[0]").value(summit));
    }

    @Test
    void anUnknownInstitutionIsRefusedNamingItsPlaceAndNothingIsSaved() throws Exception {
        long talks = world.institution("Six Party Talks");
        long meeting = world.meeting(AttributionRule.NONE);
        api.post("/api/meetings/" + meeting + "/proposals", world.coChair.basic(), """
                        {"text":"A proposal","positions":[],"institutionIds":[999999999,%d,null]}""".formatted(talks))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("institutionIds[0]"))
                .andExpect(jsonPath("$.violations[0].rule").value("exists"))
                .andExpect(jsonPath("$.violations[1].field").value("institutionIds[2]"))
                .andExpect(jsonPath("$.violations[1].rule").value("required"));
        api.get("/api/meetings/" + meeting, world.coChair.basic())
                .andExpect(jsonPath("$.proposals").isEmpty());
    }

    @Test
    void suggestLinksShowsTheInstitutionsTheTextNamesUntickedAndSavesNothing() throws Exception {
        String name = MeetingWorld.unique("Korean Energy Organisation");
        long kedo = institution(name);
        long meeting = world.meeting(AttributionRule.NONE);
        String html = mvc.perform(post("/meetings/" + meeting + "/proposals")
                        .with(world.coChair.basic())
                        .with(csrf())
                        .param("text", "Revive the " + name + " for the pipeline")
                        .param("suggest", "links"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("<input type=\"checkbox\" name=\"institutionIds\" value=\"" + kedo + "\"> Link to the " + name
                        + " (found “the " + name + "”)")
                .contains("Revive the " + name + " for the pipeline</textarea>");
        api.get("/api/meetings/" + meeting, world.coChair.basic())
                .andExpect(jsonPath("$.proposals").isEmpty());
    }

    @Test
    void aSaveWithATickedSuggestionStoresTheLink() throws Exception {
        String name = MeetingWorld.unique("Korean Energy Organisation");
        long kedo = institution(name);
        long meeting = world.meeting(AttributionRule.NONE);
        mvc.perform(post("/meetings/" + meeting + "/proposals")
                        .with(world.coChair.basic())
                        .with(csrf())
                        .param("text", "Revive the " + name + " for the pipeline")
                        .param("institutionIds", String.valueOf(kedo)))
                .andExpect(status().is3xxRedirection());
        api.get("/api/meetings/" + meeting, world.coChair.basic())
                .andExpect(jsonPath("$.proposals[0].institutionIds[0]").value(kedo));
    }

    private long institution(String name) throws Exception {
        return api.created(
                        "/api/institutions",
                        admin(),
                        "{\"name\":\"%s\",\"kind\":\"ORGANISATION\",\"status\":\"DEFUNCT\"}".formatted(name))
                .get("id")
                .asLong();
    }
}
