package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import plenary.TestAccounts.Signed;
import plenary.meetings.AttributionRule;
import plenary.notify.Outbox;
import tools.jackson.databind.JsonNode;

/**
 * The rules of the workflow as the API reports them: stale edits, texts that are not in the report, deadlines in the
 * past and suggestions after them, suggestions decided twice, and formats that do not exist.
 */
class ReportRulesTests extends ReportTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewsHeard reviews;

    @Autowired
    Outbox outbox;

    @Test
    void anEditOfAnOlderVersionIsRefusedWithTheCurrentState() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));
        edit(meeting, 1, eId, "The first editor's text.", world.rapporteur.basic());
        var stale = http.put(
                report(meeting),
                world.coChair.basic(),
                http.write(Map.of("version", 1, "paragraphs", Map.of(eId, "The second editor's text."))));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(http.read(stale).get("current").get("latestVersion").asInt()).isEqualTo(2);
        assertThat(ReportWorkflowTests.paragraph(version(meeting, 2), eId)).isEqualTo("The first editor's text.");
        assertThat(http.post(report(meeting) + "/publish", world.coChair.basic(), "{\"version\":1}")
                        .getStatus())
                .isEqualTo(409);
        assertThat(http.post(report(meeting) + "/draft", world.coChair.basic(), "{}")
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void anEditNamingWhatIsNotInTheReportChangesNothing() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        JsonNode problem = http.read(http.put(
                report(meeting),
                world.rapporteur.basic(),
                http.write(Map.of(
                        "version",
                        1,
                        "paragraphs",
                        Map.of("sec_9__para_9", "Nowhere."),
                        "headings",
                        Map.of("sec_1", " ")))));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("violations").findValuesAsString("field"))
                .contains("paragraphs.sec_9__para_9", "headings.sec_1");
        assertThat(problem.get("violations").findValuesAsString("rule")).contains("exists", "required");
        assertThat(http.expect(200, http.get(report(meeting) + "/state", world.rapporteur.basic()))
                        .get("latestVersion")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aReviewNeedsADeadlineInTheFutureAndSuggestionsAfterItAreRefused() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));
        JsonNode past = http.read(http.post(
                report(meeting) + "/review",
                world.coChair.basic(),
                review(1, Instant.now().minusSeconds(60))));
        assertThat(past.get("violations").get(0).get("field").asString()).isEqualTo("deadline");
        assertThat(past.get("violations").get(0).get("rule").asString()).isEqualTo("order");

        long review = http.expect(
                        200,
                        http.post(
                                report(meeting) + "/review",
                                world.coChair.basic(),
                                review(1, Instant.now().plusSeconds(3600))))
                .get("review")
                .get("id")
                .asLong();
        String suggestion = http.write(Map.of("paragraph", eId, "text", "Too late."));
        jdbc.sql("UPDATE report_review SET deadline = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1)))
                .param("id", review)
                .update();
        JsonNode late = http.read(http.post(report(meeting) + "/suggestions", world.participant.basic(), suggestion));
        assertThat(late.get("status").asInt()).isEqualTo(400);
        assertThat(late.get("violations").findValuesAsString("rule")).containsExactly("deadline");
    }

    @Test
    void sendingForReviewAnnouncesItToTheMeetingsParticipantsAfterwards() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        Instant deadline = Instant.parse("2099-01-01T12:00:00Z");
        http.expect(200, http.post(report(meeting) + "/review", world.coChair.basic(), review(1, deadline)));
        assertThat(reviews.of(meeting)).singleElement().satisfies(sent -> {
            assertThat(sent.version()).isEqualTo(1);
            assertThat(sent.deadline()).isEqualTo(deadline);
            assertThat(sent.personIds())
                    .containsExactlyInAnyOrder(
                            world.speaker.person().id(),
                            world.participant.person().id());
            assertThat(sent.title()).startsWith("Report of the Meeting of the Study Group on Report Workflows");
        });
        // Each of them is queued an invitation in the review's transaction; the outbox sends it after commit.
        for (Signed invited : List.of(world.speaker, world.participant)) {
            assertThat(outbox.forPerson(invited.person().id().value()))
                    .filteredOn(
                            mail -> String.valueOf(meeting).equals(mail.facts().get("meetingId")))
                    .singleElement()
                    .satisfies(mail -> {
                        assertThat(mail.kind()).isEqualTo("report-review");
                        assertThat(mail.recipientEmail())
                                .isEqualTo(invited.person().email());
                        assertThat(mail.facts()).containsEntry("version", "1");
                        assertThat(mail.facts()).containsEntry("deadline", "2099-01-01T12:00:00Z");
                    });
        }
    }

    @Test
    void aSuggestionNamesAParagraphOfTheReportAndIsDecidedOnce() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));
        http.expect(
                200,
                http.post(
                        report(meeting) + "/review",
                        world.coChair.basic(),
                        review(1, Instant.now().plusSeconds(600))));
        JsonNode nowhere = http.read(http.post(
                report(meeting) + "/suggestions",
                world.participant.basic(),
                http.write(Map.of("paragraph", "sec_9__para_9", "text", "Nowhere."))));
        assertThat(nowhere.get("violations").findValuesAsString("rule")).containsExactly("exists");
        long id = http.expect(
                        201,
                        http.post(
                                report(meeting) + "/suggestions",
                                world.participant.basic(),
                                http.write(Map.of("paragraph", eId, "text", "A better text."))))
                .get("id")
                .asLong();
        http.expect(200, http.post(report(meeting) + "/suggestions/" + id + "/take", world.coChair.basic(), ""));
        JsonNode twice =
                http.read(http.post(report(meeting) + "/suggestions/" + id + "/leave", world.coChair.basic(), ""));
        assertThat(twice.get("violations").findValuesAsString("rule")).containsExactly("open");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheField() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        JsonNode problem = http.read(http.get(report(meeting) + "?format=rtf", world.coChair.basic()));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo("format");
        assertThat(problem.get("violations").get(0).get("rule").asString()).isEqualTo("one-of");
    }

    @Test
    void aMeetingWithoutReportHasNone() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        assertThat(http.get(report(meeting) + "/state", world.coChair.basic()).getStatus())
                .isEqualTo(404);
        assertThat(http.get(report(meeting) + "?format=pdf", null).getStatus()).isEqualTo(404);
        assertThat(http.get(report(meeting) + "/versions/1", world.coChair.basic())
                        .getStatus())
                .isEqualTo(404);
    }
}
