package plenary.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.H2Plan;
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
    DataSource database;

    @Test
    void theRepresentativesReadStartsFromTheRoleNotFromTheCommitteesPeople() throws SQLException {
        String plan = H2Plan.of(
                database,
                PersonRepository.BY_COMMITTEES_AND_ROLE,
                Map.of("committeeIds", List.of(1L, 2L), "role", Role.COMMITTEE_REPRESENTATIVE.name()));

        assertThat(plan).contains("account_role_by_role: role = ").containsPattern("PRIMARY_KEY_\\w+: id IN\\(SELECT");
    }
}
