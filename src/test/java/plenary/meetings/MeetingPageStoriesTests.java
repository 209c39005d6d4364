package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.directory.Nationality;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;

/**
 * Stories told through the meeting pages on the whole application and its database: several people in their roles,
 * several steps, the real rules. What a page alone renders and where it sends the keeper is in the page slices
 * ({@link MeetingPagesTests}, {@link MeetingPartPagesTests}).
 */
class MeetingPageStoriesTests extends WorldTests {

    String html(MockHttpServletRequestBuilder request, RequestPostProcessor who, int status) throws Exception {
        return mvc.perform(request.with(who))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        return html(get(path), who, 200);
    }

    @Test
    void theRecordPageShowsSessionsObjectivesInterventionsAndTheirLinks() throws Exception {
        long earlier = world.meeting(AttributionRule.NONE);
        long concern = world.intervention(earlier, world.session(earlier, 1));
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        InterventionView response = world.intervention(
                meeting,
                session,
                world.participant.person().id().value(),
                InterventionKind.RESPONSE,
                List.of(new Link(LinkKind.RESPONDS_TO, concern)));
        int ordinal = world.record(earlier).ordinal();

        String html = page("/meetings/" + meeting, world.coChair.basic());
        assertThat(html)
                .contains("Session 1: Institutional arrangements")
                .contains("(1) reviewed")
                .contains("(2) evaluated")
                .contains("id=\"intervention-" + response.id() + "\"")
                .contains(world.participant.person().name())
                .contains("More than 20 experts from 9 member committees and other regions")
                .contains("href=\"/meetings/" + earlier + "#intervention-" + concern + "\"")
                .contains("responds to a concern (session 1 of the " + Ordinals.of(ordinal) + " meeting)")
                .contains("Edit meeting");
    }

    @Test
    void anOutsiderSeesSpeakersAsTheRuleDescribesThemAndNoEditing() throws Exception {
        PersonView russian = accounts.person(MeetingWorld.unique("Pavel Kedrovsky"), Nationality.RU, Pronoun.HE);
        long meeting = world.meeting(AttributionRule.BY_NATIONALITY);
        world.participant(meeting, russian.id().value(), Capacity.PRESENTER);
        world.intervention(
                meeting, world.session(meeting, 1), russian.id().value(), InterventionKind.BRIEFING, List.of());

        String html = page("/meetings/" + meeting, world.steering.basic());
        assertThat(html)
                .contains("a Russian participant")
                .doesNotContain(russian.name())
                .doesNotContain("Edit meeting")
                .doesNotContain("id=\"participants\"");
        assertThat(page("/meetings/" + meeting, world.coChair.basic())).contains(russian.name());
    }

    @Test
    void theListOffersANewMeetingOnlyToThoseWhoMayCreateOne() throws Exception {
        String link = "/meetings/new?studyGroup=" + world.groupId;
        assertThat(page("/meetings?studyGroup=" + world.groupId, world.coChair.basic()))
                .contains(link);
        assertThat(page("/meetings?studyGroup=" + world.groupId, world.participant.basic()))
                .doesNotContain(link);
        assertThat(page(link, world.rapporteur.basic())).contains("name=\"startsOn\"");
        html(get(link), world.otherCoChair.basic(), 403);
    }

    @Test
    void editFormsAreForTheRecordKeepersOnly() throws Exception {
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        assertThat(page("/meetings/" + meeting + "/edit", world.meetingRapporteur.basic()))
                .contains("name=\"city\"");
        assertThat(page("/meetings/" + meeting + "/sessions/" + session, world.meetingRapporteur.basic()))
                .contains("Delete session");
        html(get("/meetings/" + meeting + "/edit"), world.participant.basic(), 403);
        html(get("/meetings/" + meeting + "/sessions/" + session), world.participant.basic(), 403);
        html(get("/meetings/" + meeting + "/interventions/new"), world.steering.basic(), 403);
        html(post("/meetings/" + meeting + "/delete").with(csrf()), world.participant.basic(), 403);
        mvc.perform(get("/meetings/" + meeting).accept("text/html")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theMoveButtonsReorderASession() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        long first = world.intervention(meeting, session);
        long second = world.intervention(meeting, session);
        mvc.perform(post("/meetings/" + meeting + "/interventions/" + second + "/move")
                        .with(csrf())
                        .with(world.coChair.basic())
                        .param("to", "1"))
                .andExpect(redirectedUrl("/meetings/" + meeting + "#intervention-" + second));
        assertThat(world.record(meeting).sessions().get(0).interventions())
                .extracting(InterventionView::id)
                .containsExactly(second, first);
    }

    @Test
    void deletingWhatIsStillInUseExplainsWhyAndDeletingTheRestWorks() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        long intervention = world.intervention(meeting, session);
        String html = html(
                post("/meetings/" + meeting + "/sessions/" + session + "/delete")
                        .with(csrf()),
                world.coChair.basic(),
                409);
        assertThat(html).contains("still holds 1 intervention");
        mvc.perform(post("/meetings/" + meeting + "/interventions/" + intervention + "/delete")
                        .with(csrf())
                        .with(world.coChair.basic()))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        mvc.perform(post("/meetings/" + meeting + "/delete").with(csrf()).with(world.coChair.basic()))
                .andExpect(redirectedUrl("/meetings?studyGroup=" + world.groupId));
    }
}
