package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.TestAccounts.admin;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.meetings.AttributionRule;

/**
 * Who may do what with a report: those who keep the meeting's record write, review, take suggestions and publish;
 * they and the meeting's participants read drafts; participants alone suggest; the public reads only what was
 * published, never a draft.
 */
class ReportAccessTests extends ReportTests {

    long meeting;
    String eId;

    @BeforeAll
    void aDraftedMeeting() throws Exception {
        meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        eId = sessionParagraph(version(meeting, 1));
    }

    @Test
    void onlyThoseWhoKeepTheRecordWriteTheDraft() throws Exception {
        long other = world.meeting(AttributionRule.NONE);
        assertThat(status(http.post(report(other) + "/draft", null, "{}"))).isEqualTo(401);
        assertThat(status(http.post(report(other) + "/draft", world.participant.basic(), "{}")))
                .isEqualTo(403);
        assertThat(status(http.post(report(other) + "/draft", world.speaker.basic(), "{}")))
                .isEqualTo(403);
        assertThat(status(http.post(report(other) + "/draft", world.outsider.basic(), "{}")))
                .isEqualTo(403);
        assertThat(status(http.post(report(other) + "/draft", world.coChair.basic(), "{}")))
                .isEqualTo(201);
        assertThat(status(http.post(report(other) + "/draft", admin(), "{\"version\":1}")))
                .isEqualTo(201);
    }

    @Test
    void onlyThoseWhoKeepTheRecordEditReviewAndPublish() throws Exception {
        String edit = http.write(Map.of("version", 1, "paragraphs", Map.of(eId, "Changed by someone.")));
        String review = review(1, Instant.now().plusSeconds(3600));
        for (RequestPostProcessor who :
                new RequestPostProcessor[] {world.participant.basic(), world.outsider.basic(), null}) {
            int refused = who == null ? 401 : 403;
            assertThat(status(http.put(report(meeting), who, edit))).isEqualTo(refused);
            assertThat(status(http.post(report(meeting) + "/review", who, review)))
                    .isEqualTo(refused);
            assertThat(status(http.post(report(meeting) + "/publish", who, "{\"version\":1}")))
                    .isEqualTo(refused);
        }
        assertThat(http.expect(200, http.get(report(meeting) + "/state", world.coChair.basic()))
                        .get("latestVersion")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void participantsAloneSuggestAndKeepersAloneTakeOrLeave() throws Exception {
        long reviewed = world.meeting(AttributionRule.NONE);
        draft(reviewed);
        String paragraph = sessionParagraph(version(reviewed, 1));
        http.expect(
                200,
                http.post(
                        report(reviewed) + "/review",
                        world.rapporteur.basic(),
                        review(1, Instant.now().plusSeconds(3600))));
        String suggestion = http.write(Map.of("paragraph", paragraph, "text", "A better text."));
        assertThat(status(http.post(report(reviewed) + "/suggestions", null, suggestion)))
                .isEqualTo(401);
        assertThat(status(http.post(report(reviewed) + "/suggestions", world.outsider.basic(), suggestion)))
                .isEqualTo(403);
        assertThat(status(http.post(report(reviewed) + "/suggestions", world.coChair.basic(), suggestion)))
                .isEqualTo(403);
        long id = http.expect(201, http.post(report(reviewed) + "/suggestions", world.participant.basic(), suggestion))
                .get("id")
                .asLong();
        String take = report(reviewed) + "/suggestions/" + id + "/take";
        String leave = report(reviewed) + "/suggestions/" + id + "/leave";
        assertThat(status(http.post(take, world.participant.basic(), ""))).isEqualTo(403);
        assertThat(status(http.post(leave, world.speaker.basic(), ""))).isEqualTo(403);
        assertThat(status(http.post(leave, null, ""))).isEqualTo(401);
        assertThat(http.expect(200, http.post(leave, world.rapporteur.basic(), ""))
                        .get("suggestions")
                        .get(0)
                        .get("state")
                        .asString())
                .isEqualTo("LEFT");
    }

    @Test
    void participantsAndKeepersReadDraftsAndNoOneElse() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {
            world.participant.basic(), world.speaker.basic(), world.coChair.basic(), world.secretariat.basic()
        }) {
            assertThat(status(http.get(report(meeting) + "/versions", who))).isEqualTo(200);
            assertThat(status(http.get(report(meeting) + "/versions/1", who))).isEqualTo(200);
            assertThat(status(http.get(report(meeting) + "/redline?from=1&to=1", who)))
                    .isEqualTo(200);
            assertThat(status(http.get(report(meeting) + "?format=md", who))).isEqualTo(200);
        }
        assertThat(status(http.get(report(meeting) + "/versions", world.outsider.basic())))
                .isEqualTo(403);
        assertThat(status(http.get(report(meeting) + "/versions/1", world.outsider.basic())))
                .isEqualTo(403);
        assertThat(status(http.get(report(meeting) + "/state", world.outsider.basic())))
                .isEqualTo(403);
        assertThat(status(http.get(report(meeting) + "/versions", null))).isEqualTo(401);
        assertThat(status(http.get(report(meeting) + "?format=md&version=1", world.outsider.basic())))
                .isEqualTo(403);
        assertThat(status(http.get(report(meeting) + "?format=md&version=1", null)))
                .isEqualTo(401);
    }

    @Test
    void thePublicSeesOnlyPublishedVersionsNeverDrafts() throws Exception {
        long published = world.meeting(AttributionRule.NONE);
        draft(published);
        String paragraph = sessionParagraph(version(published, 1));
        assertThat(status(http.get(report(published) + "?format=html", null))).isEqualTo(404);
        assertThat(status(http.get(report(published) + "?format=html", world.outsider.basic())))
                .isEqualTo(404);

        publish(published, 1, world.coChair.basic());
        edit(published, 1, paragraph, "A draft sentence the public must not read.", world.rapporteur.basic());
        for (RequestPostProcessor who : new RequestPostProcessor[] {null, world.outsider.basic()}) {
            String html = http.get(report(published) + "?format=html", who).getContentAsString();
            assertThat(html).contains("Published report no.").doesNotContain("A draft sentence");
            assertThat(status(http.get(report(published) + "?format=html&version=1", who)))
                    .isEqualTo(200);
            assertThat(status(http.get(report(published) + "?format=html&version=2", who)))
                    .isEqualTo(who == null ? 401 : 403);
        }
        assertThat(http.get(report(published) + "?format=html", world.participant.basic())
                        .getContentAsString())
                .contains("A draft sentence");
    }

    private static int status(org.springframework.mock.web.MockHttpServletResponse response) {
        return response.getStatus();
    }
}
