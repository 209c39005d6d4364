package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import plenary.documents.DocumentFormat;
import plenary.meetings.AttributionRule;

/**
 * A study group's dossier compiles the last published report of each of its meetings in order, with a table of
 * contents and links between meetings, in every format, for anyone; drafts never enter it.
 */
class DossierTests extends ReportTests {

    @Test
    void theDossierCompilesThePublishedReportsInOrderWithLinksBetweenMeetings() throws Exception {
        long first = world.meeting(AttributionRule.NONE);
        long second = world.meeting(AttributionRule.NONE);
        long third = world.meeting(AttributionRule.NONE);
        draft(first);
        String eId = sessionParagraph(version(first, 1));
        edit(first, 1, eId, "One participant announced a paper for the second meeting.", world.rapporteur.basic());
        publish(first, 2, world.coChair.basic());
        draft(second);
        publish(second, 1, world.coChair.basic());
        draft(third);
        String draftOnly = "A sentence of a draft that no dossier shows.";
        edit(third, 1, sessionParagraph(version(third, 1)), draftOnly, world.rapporteur.basic());

        String dossier = "/api/study-groups/" + world.groupId + "/dossier";
        String html = http.get(dossier + "?format=html", null).getContentAsString();
        assertThat(html)
                .contains("First meeting: ")
                .contains("Second meeting: ")
                .doesNotContain("Third meeting: ")
                .contains("href=\"#mtg_2\"")
                .contains("a paper for the")
                .doesNotContain(draftOnly);
        assertThat(html.indexOf("First meeting: ")).isLessThan(html.indexOf("Second meeting: "));
        for (DocumentFormat format : DocumentFormat.values()) {
            MockHttpServletResponse file =
                    http.get(dossier + "?format=" + format.name().toLowerCase(), null);
            assertThat(file.getStatus()).as(format.name()).isEqualTo(200);
            assertThat(file.getContentType()).isEqualTo(format.mediaType());
            assertThat(file.getHeader("Content-Disposition"))
                    .contains("filename=\"study-group-" + world.groupId + "-dossier." + format.extension() + "\"");
            assertThat(ReportWorkflowTests.text(format, file.getContentAsByteArray()))
                    .as(format.name())
                    .contains("Second meeting")
                    .doesNotContain(draftOnly);
        }
        assertThat(http.get("/reports", null).getContentAsString())
                .contains("/api/study-groups/" + world.groupId + "/dossier?format=pdf");
    }

    @Test
    void anUnknownStudyGroupHasNoDossierAndAnUnknownFormatIsRefused() throws Exception {
        assertThat(http.get("/api/study-groups/999999/dossier?format=pdf", null).getStatus())
                .isEqualTo(404);
        assertThat(http.expect(400, http.get("/api/study-groups/" + world.groupId + "/dossier?format=odt", null))
                        .get("violations")
                        .get(0)
                        .get("rule")
                        .asString())
                .isEqualTo("one-of");
    }
}
