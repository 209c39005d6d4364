package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.institutions.Institutions;
import plenary.meetings.AttributionRule;
import tools.jackson.databind.JsonNode;

/**
 * The paragraphs of a meeting's report that name the Six Party Talks, on the talks' page: the draft for those who
 * may read the report's drafts, the publication for everyone else signed in, and nothing before it is published.
 */
class ReportMentionsTests extends ReportTests {

    @Autowired
    Institutions institutions;

    private List<JsonNode> reportMentions(long meeting, RequestPostProcessor who) throws Exception {
        long talks = institutions.named("Six Party Talks").orElseThrow().id().value();
        JsonNode detail = http.expect(200, http.get("/api/institutions/" + talks, who));
        List<JsonNode> found = new ArrayList<>();
        detail.get("mentions").forEach(m -> {
            String link = m.get("link").asString();
            if (m.get("kind").asString().equals("REPORT_PARAGRAPH")
                    && (link.startsWith("/meetings/" + meeting + "/report#")
                            || link.startsWith("/reports/" + meeting + "#"))) {
                found.add(m);
            }
        });
        return found;
    }

    @Test
    void aDraftIsForItsReadersAndThePublicationForEveryoneSignedIn() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);

        List<JsonNode> forParticipant = reportMentions(meeting, world.participant.basic());
        assertThat(forParticipant).isNotEmpty();
        assertThat(forParticipant).allSatisfy(m -> {
            assertThat(m.get("source").asString()).endsWith("(Draft version 1)");
            assertThat(m.get("link").asString()).startsWith("/meetings/" + meeting + "/report#");
        });
        assertThat(forParticipant)
                .anySatisfy(m -> assertThat(m.get("excerpt").asString())
                        .contains("assessed the Six Party Talks as a useful forum for dialogue."));
        assertThat(reportMentions(meeting, world.outsider.basic())).isEmpty();

        publish(meeting, 1, world.coChair.basic());

        List<JsonNode> forOutsider = reportMentions(meeting, world.outsider.basic());
        assertThat(forOutsider).isNotEmpty();
        assertThat(forOutsider).allSatisfy(m -> {
            assertThat(m.get("source").asString()).contains("(Published report no. ");
            assertThat(m.get("link").asString()).startsWith("/reports/" + meeting + "#");
            assertThat(m.get("excerpt").asString()).doesNotContain("Oksana Vetrogradova");
        });
    }
}
