package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import plenary.TestAccounts.Signed;
import plenary.meetings.AttributionRule;
import tools.jackson.databind.JsonNode;

/**
 * What reports put on people's "My work": a participant invited to review sees the review with its deadline until
 * they suggest a correction; the keepers see the draft to publish and each suggestion to decide until they do; one
 * who neither took part nor keeps the record sees none of it; and the keeper who sends the review without a mail
 * server is told that no invitation went out.
 */
class ReportWorkTests extends ReportTests {

    @BeforeEach
    void aWorldOfItsOwn() {
        // Each test its own group, so that its first meeting is the group's first.
        world = new ReportWorld(accounts, modules);
    }

    @Test
    void aParticipantInvitedToReviewSeesItWithItsDeadlineUntilTheySuggestACorrection() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String link = "/meetings/" + meeting + "/report";
        draft(meeting);
        Instant deadline = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        http.expect(200, http.post(report(meeting) + "/review", world.coChair.basic(), review(1, deadline)));

        List<JsonNode> items = items(world.participant, link);
        assertThat(items).hasSize(1);
        JsonNode review = items.get(0);
        assertThat(review.get("kind").asString()).isEqualTo("REVIEW");
        assertThat(review.get("kindLabel").asString()).isEqualTo("Review");
        assertThat(review.get("what").asString())
                .isEqualTo("Review version 1 of the report and suggest any corrections");
        assertThat(review.get("studyGroup").asString()).isEqualTo(groupTitle());
        assertThat(review.get("about").asString()).isEqualTo("Meeting 1 in Vladivostok");
        assertThat(Instant.parse(review.get("deadline").asString())).isEqualTo(deadline);
        assertThat(review.get("overdue").asBoolean()).isFalse();
        assertThat(body("/my-work", world.participant))
                .contains("Review version 1 of the report and suggest any corrections")
                .contains("href=\"" + link + "\"");
        assertThat(russian("/my-work", world.participant))
                .contains("<td>Рецензия</td>")
                .contains(">Прочитайте версию 1 отчёта и предложите исправления, если они нужны</a>")
                .contains("<td>1-я встреча, Vladivostok</td>")
                .doesNotContain("Review version 1");

        http.expect(
                201,
                http.post(
                        report(meeting) + "/suggestions",
                        world.participant.basic(),
                        http.write(Map.of("paragraph", sessionParagraph(version(meeting, 1)), "text", "As said."))));

        assertThat(items(world.participant, link)).isEmpty();
        // The speaker took part too and has not answered yet.
        assertThat(kinds(world.speaker, link)).containsExactly("REVIEW");
    }

    @Test
    void theKeepersSeeTheDraftToPublishAndTheSuggestionToDecideAndAnOutsiderSeesNone() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String link = "/meetings/" + meeting + "/report";
        draft(meeting);

        JsonNode draft = items(world.coChair, link).get(0);
        assertThat(draft.get("kind").asString()).isEqualTo("PUBLICATION");
        assertThat(draft.get("what").asString()).isEqualTo("Publish the report (version 1 is the latest)");
        assertThat(draft.has("deadline")).as("no deadline").isFalse();

        http.expect(
                200,
                http.post(
                        report(meeting) + "/review",
                        world.coChair.basic(),
                        review(1, Instant.now().plus(Duration.ofDays(5)))));
        JsonNode suggestion = http.expect(
                201,
                http.post(
                        report(meeting) + "/suggestions",
                        world.participant.basic(),
                        http.write(Map.of("paragraph", sessionParagraph(version(meeting, 1)), "text", "As said."))));

        assertThat(kinds(world.coChair, link)).containsExactlyInAnyOrder("PUBLICATION", "SUGGESTION");
        assertThat(kinds(world.rapporteur, link)).containsExactlyInAnyOrder("PUBLICATION", "SUGGESTION");
        assertThat(items(world.rapporteur, link))
                .filteredOn(i -> i.get("kind").asString().equals("SUGGESTION"))
                .extracting(i -> i.get("what").asString())
                .containsExactly("Take or leave 1 suggested correction of the report");
        assertThat(russian("/my-work", world.rapporteur))
                .contains("<td>Предложение для решения</td>")
                .contains(">Примите или отклоните 1 предложенное исправление отчёта</a>")
                .contains("<td>Публикация</td>")
                .contains(">Опубликуйте отчёт (последняя версия — 1)</a>");
        assertThat(body("/my-work", world.rapporteur))
                .contains(">Take or leave 1 suggested correction of the report</a>")
                .contains(">Publish the report (version 1 is the latest)</a>");
        assertThat(items(world.outsider, link)).isEmpty();

        http.expect(
                200,
                http.post(
                        report(meeting) + "/suggestions/" + suggestion.get("id").asLong() + "/leave",
                        world.coChair.basic(),
                        ""));
        assertThat(kinds(world.coChair, link)).containsExactly("PUBLICATION");
        publish(meeting, 1, world.coChair.basic());
        assertThat(items(world.coChair, link)).isEmpty();
    }

    @Test
    void theKeeperIsToldNoInvitationWentOutWhenNoMailServerIsConfigured() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String page = "/meetings/" + meeting + "/report";
        draft(meeting);
        String deadline = LocalDateTime.now(ZoneOffset.UTC)
                .plusDays(3)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();

        MockHttpServletResponse sent = mvc.perform(post(page + "/review")
                        .param("version", "1")
                        .param("deadline", deadline)
                        .with(csrf())
                        .with(world.coChair.basic()))
                .andExpect(redirectedUrl(page))
                // The page after the redirect says it in its reader's words: the flash keeps the key and the reason.
                .andExpect(flash().attribute(
                                "plenary.notice",
                                List.of("reports.notice.reviewing-without-mail", List.of("notify.trouble.no-server"))))
                .andReturn()
                .getResponse();
        // The notice waits in the session, which the database keeps: the next page reads it by the session's cookie.
        assertThat(mvc.perform(get(page)
                                .cookie(Objects.requireNonNull(sent.getCookie("SESSION")))
                                .with(world.coChair.basic()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("but no invitation went out by mail: no mail server is configured.");
        assertThat(kinds(world.participant, page)).containsExactly("REVIEW");
    }

    private List<JsonNode> items(Signed who, String link) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        http.expect(200, http.get("/api/my-work", who.basic())).forEach(item -> {
            if (link.equals(item.get("link").asString(""))) {
                found.add(item);
            }
        });
        return found;
    }

    private List<String> kinds(Signed who, String link) throws Exception {
        return items(who, link).stream().map(i -> i.get("kind").asString()).toList();
    }

    private String groupTitle() throws Exception {
        return http.expect(200, http.get("/api/study-groups/" + world.groupId, world.coChair.basic()))
                .get("title")
                .asString();
    }

    private String russian(String path, Signed who) throws Exception {
        return mvc.perform(get(path).with(who.basic()).header("Accept-Language", "ru"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String body(String path, Signed who) throws Exception {
        return mvc.perform(get(path).with(who.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
