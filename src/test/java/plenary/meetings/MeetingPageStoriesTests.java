package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.directory.Nationality;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.institutions.IssueArea;

/**
 * Stories told through the meeting pages on the whole application and its database: several people in their roles,
 * several steps, the real rules.
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

    int meetingsOfTheGroup() {
        return MeetingWorld.system(() -> services.meetings().summaries(world.groupId))
                .size();
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
                world.participant.person().id(),
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
        world.participant(meeting, russian.id(), Capacity.PRESENTER);
        world.intervention(meeting, world.session(meeting, 1), russian.id(), InterventionKind.BRIEFING, List.of());

        String html = page("/meetings/" + meeting, world.steering.basic());
        assertThat(html)
                .contains("a Russian participant")
                .doesNotContain(russian.name())
                .doesNotContain("Edit meeting")
                .doesNotContain("id=\"participants\"");
        assertThat(page("/meetings/" + meeting, world.coChair.basic())).contains(russian.name());
    }

    @Test
    void aMeetingFormWithErrorsShowsThemBesideTheFieldsAndSavesNothing() throws Exception {
        int before = meetingsOfTheGroup();
        String html = html(
                post("/meetings")
                        .with(csrf())
                        .param("studyGroupId", String.valueOf(world.groupId))
                        .param("ordinal", String.valueOf(world.nextOrdinal()))
                        .param("startsOn", "2011-11-14")
                        .param("endsOn", "2011-11-13")
                        .param("city", "")
                        .param("country", "RU")
                        .param("attributionRule", "NONE"),
                world.coChair.basic(),
                200);
        assertThat(html)
                .contains("id=\"endsOn-error\"")
                .contains("must not be before startsOn")
                .contains("id=\"city-error\"")
                .contains("Nothing was saved");
        assertThat(meetingsOfTheGroup()).isEqualTo(before);

        html = html(
                post("/meetings")
                        .with(csrf())
                        .param("studyGroupId", String.valueOf(world.groupId))
                        .param("ordinal", "first")
                        .param("startsOn", "14/11/2011"),
                world.coChair.basic(),
                200);
        assertThat(html).contains("id=\"ordinal-error\"").contains("id=\"startsOn-error\"");
        assertThat(meetingsOfTheGroup()).isEqualTo(before);
    }

    @Test
    void aStaleEditOfAMeetingKeepsTheFormAndSaysWhy() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        MeetingRecord m = world.record(meeting);
        MeetingForm other = MeetingWorld.form(world.groupId, m.ordinal(), AttributionRule.NAMED);
        MeetingWorld.system(() -> services.meetings()
                .update(
                        meeting,
                        new MeetingForm(
                                other.studyGroupId(),
                                other.ordinal(),
                                "Renamed meanwhile",
                                other.startsOn(),
                                null,
                                other.city(),
                                other.country(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                other.attributionRule(),
                                0)));
        String html = html(
                post("/meetings/" + meeting)
                        .with(csrf())
                        .param("studyGroupId", String.valueOf(world.groupId))
                        .param("ordinal", String.valueOf(m.ordinal()))
                        .param("startsOn", "2011-11-14")
                        .param("city", "Khabarovsk")
                        .param("country", "RU")
                        .param("attributionRule", "NONE")
                        .param("version", "0"),
                world.coChair.basic(),
                200);
        assertThat(html).contains("changed by someone else").contains("value=\"Khabarovsk\"");
        assertThat(world.record(meeting).city()).isEqualTo("Vladivostok");
    }

    @Test
    void aValidMeetingFormSavesAndShowsTheMeeting() throws Exception {
        mvc.perform(post("/meetings")
                        .with(csrf())
                        .with(world.rapporteur.basic())
                        .param("studyGroupId", String.valueOf(world.groupId))
                        .param("ordinal", String.valueOf(world.nextOrdinal()))
                        .param("startsOn", "2011-11-14")
                        .param("city", "Vladivostok")
                        .param("country", "RU")
                        .param("expertsCount", "20")
                        .param("committeesCount", "9")
                        .param("attendanceQualifier", "MORE_THAN")
                        .param("includesOtherRegions", "true")
                        .param("attributionRule", "BY_NATIONALITY"))
                .andExpect(redirectedUrlPattern("/meetings/*"));
    }

    @Test
    void theInterventionFormBindsItsSubjectsAndLinksAndLeavesEmptyRowsOut() throws Exception {
        long sixParty = world.institution("Six Party Talks");
        long eas = world.institution("East Asia Summit");
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long session = world.session(meeting, 3);
        long opinion = world.intervention(meeting, session);
        mvc.perform(post("/meetings/" + meeting + "/interventions")
                        .with(csrf())
                        .with(world.meetingRapporteur.basic())
                        .param("sessionId", String.valueOf(session))
                        .param("kind", "ARGUMENT")
                        .param(
                                "speakerPersonId",
                                String.valueOf(world.participant.person().id()))
                        .param("summary", "The Six Party Talks should be embedded into the East Asia Summit.")
                        .param("subjects.institutionIds", String.valueOf(sixParty), String.valueOf(eas))
                        .param("subjects.issueAreas", "NORMS_AND_RULES")
                        .param("links[0].kind", "ELABORATES")
                        .param("links[0].targetId", String.valueOf(opinion))
                        .param("links[1].kind", "")
                        .param("links[1].targetId", ""))
                .andExpect(redirectedUrlPattern("/meetings/" + meeting + "#intervention-*"));

        InterventionView saved =
                world.record(meeting).sessions().get(0).interventions().get(1);
        assertThat(saved.subjects().institutionIds()).containsExactly(sixParty, eas);
        assertThat(saved.subjects().issueAreas()).containsExactly(IssueArea.NORMS_AND_RULES);
        assertThat(saved.links()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LinkKind.ELABORATES);
            assertThat(l.targetId()).isEqualTo(opinion);
        });
        assertThat(saved.speakerPersonId()).isEqualTo(world.participant.person().id());
    }

    @Test
    void anInterventionFormWithErrorsShowsThemBesideTheFieldsAndSavesNothing() throws Exception {
        long foreignMeeting = world.meeting(world.otherGroupId, world.nextOrdinal(), AttributionRule.NONE);
        long foreign = world.intervention(foreignMeeting, world.session(foreignMeeting, 1));
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        String html = html(
                post("/meetings/" + meeting + "/interventions")
                        .with(csrf())
                        .param("sessionId", String.valueOf(session))
                        .param("kind", "ARGUMENT")
                        .param("summary", "An argument.")
                        .param(
                                "speakerPersonId",
                                String.valueOf(world.steering.person().id()))
                        .param("links[0].kind", "DISAGREES_WITH")
                        .param("links[0].targetId", String.valueOf(foreign)),
                world.coChair.basic(),
                200);
        assertThat(html)
                .contains("id=\"speakerPersonId-error\"")
                .contains("must be a participant of this meeting")
                .contains("id=\"links[0].targetId-error\"")
                .contains("same study group")
                .contains("An argument.");
        assertThat(world.record(meeting).sessions().get(0).interventions()).isEmpty();
    }

    @Test
    void theSessionFormLeavesEmptyObjectiveLinesOut() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        mvc.perform(post("/meetings/" + meeting + "/sessions")
                        .with(csrf())
                        .with(world.coChair.basic())
                        .param("number", "1")
                        .param("theme", "Reviewing institutions")
                        .param("objectives[0]", "reviewed a variety of institutions, such as the Six Party Talks")
                        .param("objectives[1]", " ")
                        .param("objectives[2]", "evaluated the past history"))
                .andExpect(redirectedUrlPattern("/meetings/" + meeting + "#session-*"));
        assertThat(world.record(meeting).sessions().get(0).objectives())
                .containsExactly(
                        "reviewed a variety of institutions, such as the Six Party Talks",
                        "evaluated the past history");
    }

    @Test
    void blankObjectiveLinesCountAgainstNoBoundButThirtyOneObjectivesAreTooMany() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        var thirty = post("/meetings/" + meeting + "/sessions")
                .with(csrf())
                .with(world.coChair.basic())
                .param("number", "1")
                .param("theme", "Everything at once");
        for (int i = 0; i < 33; i++) {
            thirty.param("objectives[" + i + "]", i < 30 ? "objective " + i : " ");
        }
        mvc.perform(thirty).andExpect(redirectedUrlPattern("/meetings/" + meeting + "#session-*"));
        assertThat(world.record(meeting).sessions().get(0).objectives()).hasSize(30);

        var thirtyOne = post("/meetings/" + meeting + "/sessions")
                .with(csrf())
                .with(world.coChair.basic())
                .param("number", "2")
                .param("theme", "Even more");
        for (int i = 0; i < 31; i++) {
            thirtyOne.param("objectives[" + i + "]", "objective " + i);
        }
        String html = html(thirtyOne, world.coChair.basic(), 200);
        assertThat(html).contains("must have at most 30 entries");
        assertThat(world.record(meeting).sessions()).hasSize(1);
    }

    @Test
    void theProposalFormKeepsItsPositions() throws Exception {
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long hostage = world.intervention(meeting, world.session(meeting, 2));
        mvc.perform(post("/meetings/" + meeting + "/proposals")
                        .with(csrf())
                        .with(world.coChair.basic())
                        .param("text", "Link the pipeline issue and the denuclearization processes")
                        .param("positions[0].stance", "OPPOSES")
                        .param("positions[0].interventionId", String.valueOf(hostage))
                        .param("positions[0].note", "should not be a hostage")
                        .param("positions[1].stance", "")
                        .param("positions[1].personId", "")
                        .param("positions[1].note", ""))
                .andExpect(redirectedUrlPattern("/meetings/" + meeting + "#proposal-*"));
        ProposalView saved = world.record(meeting).proposals().get(0);
        assertThat(saved.positions()).singleElement().satisfies(p -> {
            assertThat(p.stance()).isEqualTo(PositionStance.OPPOSES);
            assertThat(p.interventionId()).isEqualTo(hostage);
            assertThat(p.note()).isEqualTo("should not be a hostage");
        });
    }

    @Test
    void theNextTaskAndParticipantFormsSaveAndShowTheirErrors() throws Exception {
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        mvc.perform(post("/meetings/" + meeting + "/next-tasks")
                        .with(csrf())
                        .with(world.coChair.basic())
                        .param("description", "Draft a tentative, jointly crafted document")
                        .param("owner", "the Co-Chairs")
                        .param(
                                "ownerPersonIds",
                                String.valueOf(world.coChair.person().id()))
                        .param("dueOn", "2012-06-30"))
                .andExpect(redirectedUrl("/meetings/" + meeting + "#next-tasks"));
        assertThat(world.record(meeting).nextTasks())
                .singleElement()
                .satisfies(t -> assertThat(t.ownerPersonIds())
                        .containsExactly(world.coChair.person().id()));

        String html = html(
                post("/meetings/" + meeting + "/participants")
                        .with(csrf())
                        .param(
                                "personId",
                                String.valueOf(world.participant.person().id()))
                        .param("capacity", "OBSERVER"),
                world.coChair.basic(),
                200);
        assertThat(html).contains("id=\"personId-error\"").contains("already a participant");
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
