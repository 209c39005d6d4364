package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import plenary.meetings.AttributionRule;
import tools.jackson.databind.JsonNode;

/**
 * An instance whose organisation is not named yet still publishes reports: the name is simply not there to
 * print or to allow in the text. (It failed with a 500 when the missing name, looked up inside the publication's
 * transaction, marked that transaction for rollback.)
 */
class UnnamedOrganisationTests extends ReportTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportIsPublishedWhileTheOrganisationHasNoRecord() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        Map<String, Object> organisation =
                jdbc.sql("SELECT * FROM organisation").query().singleRow();
        jdbc.sql("DELETE FROM organisation").update();
        try {
            JsonNode published = publish(meeting, 1, world.coChair.basic());

            assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        } finally {
            jdbc.sql("INSERT INTO organisation (id, name, acronym, version) VALUES (:id, :name, :acronym, :version)")
                    .params(organisation)
                    .update();
        }
    }
}
