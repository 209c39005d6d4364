package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import plenary.meetings.AttributionRule;

/**
 * A published report never changes, so its files are typeset once and then served from the cache with an ETag;
 * the self-contained HTML document comes with a policy that allows its own style sheet and nothing else.
 */
class PublishedFileTests extends ReportTests {

    @Autowired
    MeterRegistry meters;

    @Test
    void thePublicReadsAPublishedPdfTypesetOnlyOnceAndRevalidatesItWithItsETag() throws Exception {
        long meeting = publishedMeeting();
        String pdf = report(meeting) + "?format=pdf";

        double before = typesettings();
        MockHttpServletResponse first = anonymous(pdf);
        MockHttpServletResponse second = anonymous(pdf);

        assertThat(typesettings() - before).isEqualTo(1.0);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("ETag")).isNotBlank();
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());

        MockHttpServletResponse revalidated = mvc.perform(get(pdf).header("If-None-Match", first.getHeader("ETag")))
                .andReturn()
                .getResponse();
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
    }

    @Test
    void theDossierPdfIsTypesetOnceUntilAnotherReportIsPublished() throws Exception {
        publishedMeeting();
        String dossier = "/api/study-groups/" + world.groupId + "/dossier?format=pdf";
        anonymous(dossier);

        double before = typesettings();
        String etag = anonymous(dossier).getHeader("ETag");
        assertThat(typesettings() - before).isEqualTo(0.0);

        publishedMeeting();
        assertThat(anonymous(dossier).getHeader("ETag")).isNotEqualTo(etag);
        assertThat(typesettings() - before).isEqualTo(1.0);
    }

    @Test
    void theHtmlDocumentMayUseItsOwnStyleSheetAndNothingElseInline() throws Exception {
        MockHttpServletResponse html = anonymous(report(publishedMeeting()) + "?format=html");

        String body = html.getContentAsString(StandardCharsets.UTF_8);
        String style = body.substring(body.indexOf("<style>") + "<style>".length(), body.indexOf("</style>"));
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
        assertThat(html.getHeader("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("style-src 'sha256-" + hash + "'")
                .doesNotContain("unsafe-inline");
    }

    private long publishedMeeting() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        assertThat(publish(meeting, 1, world.coChair.basic()).get("state").asString())
                .isEqualTo("PUBLISHED");
        return meeting;
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    private double typesettings() {
        return meters.counter("plenary.documents.typeset").count();
    }
}
