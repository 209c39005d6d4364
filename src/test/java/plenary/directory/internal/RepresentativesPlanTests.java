package plenary.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import plenary.PlenaryIntegrationTest;
import plenary.directory.Role;

/**
 * A committee's representatives are found from the role's holders: the committee's people are many at size L
 * (1,230 each), its representatives few, and the read before this test probed every person of the committee for
 * an account with the role.
 */
@PlenaryIntegrationTest
class RepresentativesPlanTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource database;

    @Test
    void theRepresentativesReadStartsFromTheRoleNotFromTheCommitteesPeople() throws SQLException {
        // The plan's words are H2's; PostgreSQL chooses by its statistics, which the test's small tables do not show.
        try (Connection connection = database.getConnection()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "H2's plan");
        }
        String plan = String.join(
                "\n",
                jdbc.sql("EXPLAIN " + PersonRepository.BY_COMMITTEE_AND_ROLE)
                        .param("committeeId", 1L)
                        .param("role", Role.COMMITTEE_REPRESENTATIVE.name())
                        .query(String.class)
                        .list());

        assertThat(plan).contains("account_role_by_role: role = ").containsPattern("PRIMARY_KEY_\\w+: id IN\\(SELECT");
    }
}
