package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.meetings.AttributionRule;

/**
 * The report's pages work without JavaScript: its keepers write, edit, review and publish it with plain forms and
 * see leaks beside the texts they stand in; participants suggest; the public reads the published reports.
 */
class ReportPagesTests extends ReportTests {

    @Test
    void keepersWriteEditAndCompareVersionsThroughThePage() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String page = "/meetings/" + meeting + "/report";
        assertThat(body(get(page), world.rapporteur.basic())).contains("Write the draft from the meeting's record");

        MockHttpServletResponse drafted = send(post(page + "/draft"), world.rapporteur.basic());
        assertThat(drafted.getRedirectedUrl()).isEqualTo(page);
        String eId = sessionParagraph(version(meeting, 1));
        assertThat(body(get(page), world.rapporteur.basic()))
                .contains("name=\"p:" + eId + "\"")
                .contains("Assessing the Six Party Talks")
                .contains("Draft version 1");

        MockHttpServletResponse edited = send(
                post(page)
                        .param("version", "1")
                        .param("p:" + eId, "A clearer sentence.")
                        .param("note", "Clearer"),
                world.coChair.basic());
        assertThat(edited.getRedirectedUrl()).isEqualTo(page);
        assertThat(ReportWorkflowTests.paragraph(version(meeting, 2), eId)).isEqualTo("A clearer sentence.");
        assertThat(body(get(page + "?version=1"), world.coChair.basic()))
                .contains("Version 1")
                .contains("Draft version 1");
        assertThat(body(get(page + "/redline?from=1&to=2"), world.participant.basic()))
                .contains("Session 1, paragraph 1")
                .contains("<ins>")
                .contains("clearer");

        MockHttpServletResponse stale =
                send(post(page).param("version", "1").param("p:" + eId, "Lost?"), world.coChair.basic());
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString())
                .contains("changed by someone else")
                .contains("Lost?");
    }

    @Test
    void anEditOverItsBoundsIsRefusedBesideItsFieldAndSavesNothing() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String page = "/meetings/" + meeting + "/report";
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));

        MockHttpServletResponse refused = send(
                post(page)
                        .param("version", "1")
                        .param("p:" + eId, "Nul \u0000 inside")
                        .param("note", "n".repeat(501)),
                world.coChair.basic());

        assertThat(refused.getStatus()).isEqualTo(400);
        String field = refused.getContentAsString()
                .substring(refused.getContentAsString().indexOf("id=\"edit-" + eId + "\""));
        assertThat(field.substring(0, field.indexOf("</div>")))
                .contains("must be text without control characters or unpaired surrogates")
                // The paragraph is named where it is in the report, not by its id.
                .contains(">Section 1, session ")
                .doesNotContain(">" + eId);
        String russian = send(
                        post(page)
                                .header("Accept-Language", "ru")
                                .param("version", "1")
                                .param("p:" + eId, "Nul \u0000 inside"),
                        world.coChair.basic())
                .getContentAsString();
        assertThat(russian.substring(russian.indexOf("id=\"edit-" + eId + "\"")))
                .contains(">Раздел 1, заседание ");
        assertThat(http.expect(200, http.get(report(meeting) + "/state", world.coChair.basic()))
                        .get("latestVersion")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aRefusedPublicationShowsEachLeakBesideItsText() throws Exception {
        long meeting = world.meeting(AttributionRule.BY_COMMITTEE);
        String page = "/meetings/" + meeting + "/report";
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));
        edit(meeting, 1, eId, "Oksana Vetrogradova assessed the talks.", world.rapporteur.basic());

        MockHttpServletResponse refused = send(post(page + "/publish").param("version", "2"), world.coChair.basic());
        assertThat(refused.getStatus()).isEqualTo(422);
        String html = refused.getContentAsString();
        assertThat(html).contains("Publication refused").contains("href=\"#edit-" + eId + "\"");
        String field = html.substring(html.indexOf("id=\"edit-" + eId + "\""));
        field = field.substring(0, field.indexOf("</div>"));
        assertThat(field).contains("Leak: “Oksana Vetrogradova” (full name)");
        assertThat(http.expect(200, http.get(report(meeting) + "/state", world.coChair.basic()))
                        .get("published"))
                .isNull();
    }

    @Test
    void participantsSuggestThroughThePageAndKeepersTakeTheSuggestion() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String page = "/meetings/" + meeting + "/report";
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));
        String deadline = LocalDateTime.now(ZoneOffset.UTC)
                .plusDays(3)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        assertThat(send(post(page + "/review").param("version", "1").param("deadline", deadline), world.coChair.basic())
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(body(get(page), world.participant.basic())).contains("Suggest a correction");
        assertThat(body(get(page), world.outsider.basic())).isEmpty();

        assertThat(send(
                                post(page + "/suggestions")
                                        .param("paragraph", eId)
                                        .param("text", "As the participant put it.")
                                        .param("rationale", "Closer to what was said."),
                                world.participant.basic())
                        .getRedirectedUrl())
                .isEqualTo(page);
        String forKeeper = body(get(page), world.rapporteur.basic());
        // The keeper weighs the suggestion against the paragraph as it reads now: its new words are marked.
        String redline = forKeeper.substring(forKeeper.indexOf("class=\"suggestion-redline\""));
        assertThat(redline.substring(0, redline.indexOf("</p>")))
                .contains("<ins>")
                .contains("participant");
        assertThat(forKeeper).contains("Take it");
        long id = http.expect(200, http.get(report(meeting) + "/state", world.rapporteur.basic()))
                .get("suggestions")
                .get(0)
                .get("id")
                .asLong();
        send(post(page + "/suggestions/" + id + "/take"), world.rapporteur.basic());
        assertThat(ReportWorkflowTests.paragraph(version(meeting, 2), eId)).isEqualTo("As the participant put it.");

        MockHttpServletResponse past = send(
                post(page + "/review").param("version", "2").param("deadline", "2001-01-01T10:00"),
                world.coChair.basic());
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat(past.getContentAsString()).contains("must be in the future");
    }

    @Test
    void thePublicReadsPublishedReportsWithoutSigningIn() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long unpublished = world.meeting(AttributionRule.NONE);
        draft(meeting);
        draft(unpublished);
        int number = publish(meeting, 1, world.coChair.basic())
                .get("published")
                .get("number")
                .asInt();

        String list = body(get("/reports"), null);
        assertThat(list)
                .contains("href=\"/reports/" + meeting + "\"")
                .doesNotContain("href=\"/reports/" + unpublished + "\"");
        String report = body(get("/reports/" + meeting), null);
        assertThat(report).contains("Published report no. " + number).contains("Assessing the Six Party Talks");
        for (String format : new String[] {"html", "pdf", "docx", "md", "akn"}) {
            assertThat(report)
                    .contains("/api/meetings/" + meeting + "/report?format=" + format + "&amp;version=published");
        }
        assertThat(send(get("/reports/" + unpublished), null).getStatus()).isEqualTo(404);
        assertThat(send(get("/reports/report.css"), null).getContentType()).startsWith("text/css");
        // A browser is sent to the login form, a client without one asked for HTTP Basic: either way, no draft.
        assertThat(send(get("/meetings/" + meeting + "/report"), null).getStatus())
                .isIn(302, 401);
        assertThat(send(get("/meetings/" + meeting + "/report"), world.outsider.basic())
                        .getRedirectedUrl())
                .isEqualTo("/reports/" + meeting);
    }

    @Test
    void keepersDownloadDraftsFromThePage() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        MockHttpServletResponse pdf =
                send(get("/meetings/" + meeting + "/report/download?format=pdf&version=1"), world.rapporteur.basic());
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(send(get("/meetings/" + meeting + "/report/download?format=pdf&version=1"), world.outsider.basic())
                        .getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        request.with(csrf());
        return mvc.perform(who == null ? request : request.with(who))
                .andReturn()
                .getResponse();
    }

    /** The page's HTML, or nothing when the answer was a redirect. */
    @Test
    void aRussianReaderSeesTheReportPageInRussianWithItsDayInWords() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String page = "/meetings/" + meeting + "/report";
        draft(meeting);
        int number = publish(meeting, 1, world.coChair.basic())
                .get("published")
                .get("number")
                .asInt();

        String html = body(get(page).header("Accept-Language", "ru"), world.rapporteur.basic());

        LocalDate today = LocalDate.now();
        String[] months = {
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря"
        };
        assertThat(html)
                .contains("<h1>Отчёт о встрече</h1>")
                .contains("<span class=\"badge badge-published\">Опубликован</span>")
                .contains("Опубликованный отчёт № " + number)
                .contains(today.getDayOfMonth() + " " + months[today.getMonthValue() - 1] + " " + today.getYear())
                .contains("Правка версии 1")
                .contains("Сохранить как версию 2")
                .contains("<a href=\"#versions\">Версии</a>");
        // The report's own text stays in the language it was written in.
        assertThat(html).contains("Assessing the Six Party Talks");
        // One h1: the report's title sits under the page's heading.
        assertThat(html.split("<h1", -1)).hasSize(2);
    }

    private String body(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = send(request, who);
        if (response.getRedirectedUrl() != null) {
            return "";
        }
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
