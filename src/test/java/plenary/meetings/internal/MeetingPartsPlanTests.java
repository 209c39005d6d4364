package plenary.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.H2Plan;
import plenary.PlenaryIntegrationTest;

/**
 * The meeting's one read finds each kind of row through an index, never by reading a whole table: a fixed number of
 * statements is not enough when one of them reads every link of every meeting. At size L (45,000 links) the
 * links' branch scanned the whole table for each meeting read (H2 keeps the written order of a join followed by
 * outer joins, and it was written from the links to their intervention).
 */
@PlenaryIntegrationTest
class MeetingPartsPlanTests {

    @Autowired
    DataSource database;

    @Test
    void noBranchOfTheMeetingsReadScansATable() throws SQLException {
        String plan = H2Plan.of(database, MeetingParts.SQL, Map.of("m", 1L));

        assertThat(plan).contains("intervention_by_meeting").doesNotContainIgnoringCase("tableScan");
    }
}
