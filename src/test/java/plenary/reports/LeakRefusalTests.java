package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.meetings.AttributionRule;
import tools.jackson.databind.JsonNode;

/**
 * Publication runs the leak check on every text of the version: under a non-attribution rule a version that names a
 * participant, their affiliation or their e-mail address is refused with each leak and where it stands, and nothing
 * is published; under the named rule names are what the report is meant to print.
 */
class LeakRefusalTests extends ReportTests {

    @Test
    void aParticipantsNameEditedInIsRefusedWithTheLeakListedAndNothingPublished() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));
        edit(
                meeting,
                1,
                eId,
                "Oksana Vetrogradova assessed the Six Party Talks as a useful forum.",
                world.rapporteur.basic());

        var refused = http.post(report(meeting) + "/publish", world.coChair.basic(), "{\"version\":2}");
        assertThat(refused.getStatus()).isEqualTo(422);
        JsonNode problem = http.read(refused);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/leaks");
        JsonNode leak = problem.get("leaks").get(0);
        assertThat(leak.get("location").asString()).isEqualTo("Session 1, paragraph 1");
        assertThat(leak.get("eId").asString()).isEqualTo(eId);
        assertThat(leak.get("term").asString()).isEqualTo("Oksana Vetrogradova");
        assertThat(leak.get("kind").asString()).isEqualTo("FULL_NAME");
        assertThat(leak.get("excerpt").asString()).contains("Oksana Vetrogradova assessed");
        assertThat(leak.get("people").get(0).asString()).isEqualTo("Oksana Vetrogradova");

        JsonNode state = http.expect(200, http.get(report(meeting) + "/state", world.coChair.basic()));
        assertThat(state.get("state").asString()).isEqualTo("DRAFT");
        assertThat(state.get("published")).isNull();
        assertThat(state.get("versions").findValues("published")).allMatch(p -> !p.asBoolean());
        assertThat(http.get(report(meeting) + "?format=html", null).getStatus()).isEqualTo(404);
    }

    @Test
    void affiliationsInHeadingsAndAddressesInTheTitleAreLeaksToo() throws Exception {
        long meeting = world.meeting(AttributionRule.BY_NATIONALITY);
        JsonNode v1 = version(meeting(meeting), 1);
        String session = v1.get("document")
                .get("contents")
                .get(0)
                .get("subsections")
                .get(0)
                .get("eId")
                .asString();
        String email = world.participant.person().email();
        http.expect(
                200,
                http.put(
                        report(meeting),
                        world.rapporteur.basic(),
                        http.write(Map.of(
                                "version",
                                1,
                                "title",
                                "Report written with " + email,
                                "headings",
                                Map.of(session, "Session 1: The view of the Bukhansan Policy Centre")))));

        JsonNode problem = http.read(http.post(report(meeting) + "/publish", world.coChair.basic(), "{\"version\":2}"));
        assertThat(problem.get("leaks").findValuesAsString("location"))
                .containsExactlyInAnyOrder("Title", "Heading of Session 1");
        assertThat(problem.get("leaks").findValuesAsString("kind")).containsExactlyInAnyOrder("EMAIL", "AFFILIATION");
        assertThat(problem.get("leaks").findValuesAsString("eId")).containsExactlyInAnyOrder("title", session);
    }

    @Test
    void aSuggestionTakenIsCheckedLikeEveryOtherText() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String eId = sessionParagraph(version(meeting(meeting), 1));
        http.expect(
                200,
                http.post(
                        report(meeting) + "/review",
                        world.coChair.basic(),
                        review(1, java.time.Instant.now().plusSeconds(3600))));
        long suggestion = http.expect(
                        201,
                        http.post(
                                report(meeting) + "/suggestions",
                                world.speaker.basic(),
                                http.write(Map.of("paragraph", eId, "text", "Ms Vetrogradova assessed the talks."))))
                .get("id")
                .asLong();
        http.expect(
                200, http.post(report(meeting) + "/suggestions/" + suggestion + "/take", world.coChair.basic(), ""));

        JsonNode problem = http.read(http.post(report(meeting) + "/publish", world.coChair.basic(), "{\"version\":2}"));
        assertThat(problem.get("leaks").findValuesAsString("term")).contains("Ms Vetrogradova");
    }

    @Test
    void underTheNamedRuleNamesArePublished() throws Exception {
        long meeting = world.meeting(AttributionRule.NAMED);
        String eId = sessionParagraph(version(meeting(meeting), 1));
        edit(
                meeting,
                1,
                eId,
                "Oksana Vetrogradova of the Amurskaya Academy of Pacific Affairs assessed the talks.",
                world.rapporteur.basic());
        JsonNode published = publish(meeting, 2, world.coChair.basic());
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(http.get(report(meeting) + "?format=md", null).getContentAsString())
                .contains("Oksana Vetrogradova");
    }

    private long meeting(long meeting) throws Exception {
        draft(meeting);
        return meeting;
    }
}
