package plenary.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    JdbcClient jdbc;

    @Autowired
    DataSource database;

    @Test
    void noBranchOfTheMeetingsReadScansATable() throws SQLException {
        // The plan's words are H2's, and so was the defect: PostgreSQL orders joins by its statistics, and over the
        // test's small tables it rightly prefers reading them whole.
        try (Connection connection = database.getConnection()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "H2's plan");
        }
        String plan = String.join(
                "\n",
                jdbc.sql("EXPLAIN " + MeetingParts.SQL)
                        .param("m", 1L)
                        .query(String.class)
                        .list());

        assertThat(plan).contains("intervention_by_meeting").doesNotContainIgnoringCase("tableScan");
    }
}
