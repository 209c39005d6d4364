package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InterventionApiTests extends WorldTests {

    long meeting;
    long session;
    String path;

    @BeforeEach
    void meeting() {
        meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        session = world.session(meeting, 1);
        path = "/api/meetings/" + meeting + "/interventions";
    }

    String intervention(String more) {
        return ("{\"sessionId\":%d,\"kind\":\"ARGUMENT\","
                        + "\"summary\":\"The Six Party Talks should expand their agenda.\"%s}")
                .formatted(session, more.isEmpty() ? "" : "," + more);
    }

    @Test
    void anInterventionKeepsWhatTheSeedSaysOfIt() throws Exception {
        long sixParty = world.institution("Six Party Talks");
        JsonNode created = api.created(path, world.meetingRapporteur.basic(), intervention("""
                "speakerPersonId":%d,"kind":"PRESENTATION","paperTitle":"Multilateral energy regime","stance":"MIXED",
                "subjects":{"institutionIds":[%d],"issueAreas":["ENERGY","HUMAN_SECURITY"]}""".formatted(
                        world.participant.person().id().value(), sixParty)));
        assertThat(created.get("speakerPersonId").asLong())
                .isEqualTo(world.participant.person().id().value());
        assertThat(created.get("speaker").asString())
                .isEqualTo(world.participant.person().name());
        assertThat(created.get("kind").asString()).isEqualTo("PRESENTATION");
        assertThat(created.get("paperTitle").asString()).isEqualTo("Multilateral energy regime");
        assertThat(created.get("stance").asString()).isEqualTo("MIXED");
        assertThat(created.at("/subjects/institutionIds/0").asLong()).isEqualTo(sixParty);
        assertThat(created.at("/subjects/issueAreas/1").asString()).isEqualTo("HUMAN_SECURITY");
        assertThat(created.get("position").asInt()).isEqualTo(1);
    }

    @Test
    void anInterventionWithoutSpeakerIsAllowed() throws Exception {
        JsonNode created = api.created(path, world.coChair.basic(), intervention("\"kind\":\"CONCERN\""));
        assertThat(created.has("speakerPersonId")).isFalse();
        assertThat(created.has("speaker")).isFalse();
    }

    @Test
    void theSpeakerMustHaveTakenPartInTheMeeting() throws Exception {
        api.post(
                        path,
                        world.coChair.basic(),
                        intervention("\"speakerPersonId\":"
                                + world.steering.person().id().value()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("speakerPersonId"))
                .andExpect(jsonPath("$.violations[0].rule").value("participant"));
    }

    @Test
    void aSpeakerMayBeDescribedByNationalityButNotNamedUnderANonAttributionRule() throws Exception {
        long speaker = world.participant.person().id().value();
        api.created(
                path,
                world.coChair.basic(),
                intervention("\"speakerPersonId\":%d,\"speakerDescribedBy\":\"BY_NATIONALITY\"".formatted(speaker)));
        api.post(
                        path,
                        world.coChair.basic(),
                        intervention("\"speakerPersonId\":%d,\"speakerDescribedBy\":\"NAMED\"".formatted(speaker)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("speakerDescribedBy"))
                .andExpect(jsonPath("$.violations[0].rule").value("attribution"));
        api.post(path, world.coChair.basic(), intervention("\"speakerDescribedBy\":\"BY_NATIONALITY\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].rule").value("speaker"));
    }

    @Test
    void requiredFieldsAndLimitsAreNamed() throws Exception {
        long otherMeeting = world.meeting(AttributionRule.NONE);
        long otherSession = world.session(otherMeeting, 1);
        api.post(path, world.coChair.basic(), "{\"sessionId\":%d,\"summary\":\"s\"}".formatted(otherSession))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.violations[?(@.field=='sessionId')].rule").value("exists"))
                .andExpect(jsonPath("$.violations[?(@.field=='kind')].rule").value("required"));
        // Over-long text is refused at the boundary, before the rules.
        api.post(
                        path,
                        world.coChair.basic(),
                        "{\"sessionId\":%d,\"summary\":\"%s\",\"paperTitle\":\"%s\"}"
                                .formatted(otherSession, "s".repeat(4001), "p".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='summary')].rule").value("max-length"))
                .andExpect(
                        jsonPath("$.violations[?(@.field=='paperTitle')].rule").value("max-length"));
        api.post(path, world.coChair.basic(), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.violations[?(@.field=='sessionId')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='summary')].rule").value("required"));
    }

    @Test
    void subjectsAreKnownInstitutionsAndIssueAreasNeverFreeText() throws Exception {
        long kedo = world.institution("KEDO");
        api.post(
                        path,
                        world.coChair.basic(),
                        intervention("\"subjects\":{\"institutionIds\":[%d,987654321]}".formatted(kedo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("subjects.institutionIds[1]"))
                .andExpect(jsonPath("$.violations[0].rule").value("exists"));
        api.post(path, world.coChair.basic(), intervention("\"subjects\":{\"issueAreas\":[\"PIPELINES\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("subjects.issueAreas[0]"))
                .andExpect(jsonPath("$.violations[0].rule").value("one-of"));
        api.post(path, world.coChair.basic(), intervention("\"subjects\":\"the Six Party Talks\""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anInterventionElaboratesOneOfAnEarlierMeeting() throws Exception {
        long earlier = world.meeting(AttributionRule.NONE);
        long earlierSession = world.session(earlier, 2);
        long argument = world.intervention(earlier, earlierSession);
        long later = world.meeting(AttributionRule.NONE);
        world.session(later, 1);
        session = world.session(later, 2);
        JsonNode created = api.created(
                "/api/meetings/" + later + "/interventions",
                world.coChair.basic(),
                intervention("\"links\":[{\"kind\":\"ELABORATES\",\"targetId\":%d}]".formatted(argument)));
        assertThat(created.at("/links/0/kind").asString()).isEqualTo("ELABORATES");
        assertThat(created.at("/links/0/targetId").asLong()).isEqualTo(argument);
        assertThat(created.at("/links/0/targetMeetingId").asLong()).isEqualTo(earlier);
        assertThat(created.at("/links/0/targetSessionNumber").asInt()).isEqualTo(2);
    }

    @Test
    void aLinkToAnotherStudyGroupIsRefused() throws Exception {
        long foreign = world.meeting(world.otherGroupId, world.nextOrdinal(), AttributionRule.NONE);
        long foreignIntervention = world.intervention(foreign, world.session(foreign, 1));
        long own = world.intervention(meeting, session);
        api.post(
                        path,
                        world.coChair.basic(),
                        intervention(
                                "\"links\":[{\"kind\":\"RESPONDS_TO\",\"targetId\":%d},{\"kind\":\"DISAGREES_WITH\",\"targetId\":%d}]"
                                        .formatted(own, foreignIntervention)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations.length()").value(1))
                .andExpect(jsonPath("$.violations[0].field").value("links[1].targetId"))
                .andExpect(jsonPath("$.violations[0].rule").value("same-study-group"));
    }

    @Test
    void aLinkToALaterMeetingToItselfOrToNothingIsRefused() throws Exception {
        long later = world.meeting(AttributionRule.NONE);
        long laterIntervention = world.intervention(later, world.session(later, 1));
        long own = world.intervention(meeting, session);
        api.post(path, world.coChair.basic(), intervention("""
                        "links":[{"kind":"SUPPORTS","targetId":%d},{"kind":"SUPPORTS","targetId":987654321},{"targetId":%d},null]""".formatted(laterIntervention, own)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='links[0].targetId')].rule")
                        .value("earlier-meeting"))
                .andExpect(jsonPath("$.violations[?(@.field=='links[1].targetId')].rule")
                        .value("exists"))
                .andExpect(jsonPath("$.violations[?(@.field=='links[2].kind')].rule")
                        .value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='links[3]')].rule").value("required"));
        api.put(
                        path + "/" + own,
                        world.coChair.basic(),
                        intervention(
                                "\"links\":[{\"kind\":\"SUPPORTS\",\"targetId\":%d}],\"version\":0".formatted(own)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("links[0].targetId"))
                .andExpect(jsonPath("$.violations[0].rule").value("not-self"));
    }

    @Test
    void newInterventionsGoLastUnlessPlacedAndMayBeMoved() throws Exception {
        long a = world.intervention(meeting, session);
        long b = world.intervention(meeting, session);
        long c = api.created(path, world.coChair.basic(), intervention("\"position\":1"))
                .get("id")
                .asLong();
        assertThat(order(session)).containsExactly(c, a, b);

        api.changed(path + "/" + c, world.coChair.basic(), intervention("\"position\":3,\"version\":0"));
        assertThat(order(session)).containsExactly(a, b, c);

        api.post(path, world.coChair.basic(), intervention("\"position\":5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("position"))
                .andExpect(jsonPath("$.violations[0].rule").value("range"));
    }

    @Test
    void anInterventionMovedToAnotherSessionGoesLastThereAndTheOldOneClosesUp() throws Exception {
        long second = world.session(meeting, 2);
        long a = world.intervention(meeting, session);
        long b = world.intervention(meeting, session);
        long x = world.intervention(meeting, second);
        JsonNode moved = api.changed(
                path + "/" + a,
                world.coChair.basic(),
                intervention("\"version\":0").replace("\"sessionId\":" + session, "\"sessionId\":" + second));
        assertThat(moved.get("position").asInt()).isEqualTo(2);
        assertThat(order(second)).containsExactly(x, a);
        assertThat(order(session)).containsExactly(b);
        assertThat(world.record(meeting).intervention(b).orElseThrow().position())
                .isEqualTo(1);
    }

    @Test
    void deletingAnInterventionClosesUpItsSession() throws Exception {
        long a = world.intervention(meeting, session);
        long b = world.intervention(meeting, session);
        api.delete(path + "/" + a, world.meetingRapporteur.basic()).andExpect(status().isNoContent());
        assertThat(world.record(meeting).intervention(b).orElseThrow().position())
                .isEqualTo(1);
    }

    @Test
    void anInterventionOthersReferToCannotBeDeleted() throws Exception {
        long target = world.intervention(meeting, session);
        InterventionView response = world.intervention(
                meeting, session, null, InterventionKind.RESPONSE, List.of(new Link(LinkKind.RESPONDS_TO, target)));
        api.delete(path + "/" + target, world.coChair.basic())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/in-use"))
                .andExpect(jsonPath("$.detail")
                        .value("Intervention " + target + " is referred to by 1 link(s) of other interventions and 0"
                                + " proposal(s) or position(s); remove those references first."));

        long proposed = world.intervention(meeting, session);
        world.proposal(meeting, proposed);
        api.delete(path + "/" + proposed, world.coChair.basic()).andExpect(status().isConflict());

        api.delete(path + "/" + response.id(), world.coChair.basic()).andExpect(status().isNoContent());
        api.delete(path + "/" + target, world.coChair.basic()).andExpect(status().isNoContent());
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentIntervention() throws Exception {
        long id = world.intervention(meeting, session);
        api.changed(path + "/" + id, world.coChair.basic(), intervention("\"version\":0"));
        api.put(path + "/" + id, world.rapporteur.basic(), intervention("\"kind\":\"QUESTION\",\"version\":0"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.kind").value("ARGUMENT"))
                .andExpect(jsonPath("$.current.version").value(1));
    }

    @Test
    void anInterventionOfAnotherMeetingIsNotFoundThroughThisOne() throws Exception {
        long other = world.meeting(AttributionRule.NONE);
        long foreign = world.intervention(other, world.session(other, 1));
        api.delete(path + "/" + foreign, world.coChair.basic()).andExpect(status().isNotFound());
    }

    List<Long> order(long sessionId) {
        return world.record(meeting).sessions().stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElseThrow()
                .interventions()
                .stream()
                .map(InterventionView::id)
                .toList();
    }
}
