package plenary.studygroups;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CommitteeRecords;
import plenary.directory.PersonRecords;

/**
 * The pool retires every connection after its lifetime (30 minutes by default), the migration's among them. The
 * database's rules must outlive the connection that created them: with H2 2.4.240 a CHECK constraint was bound to
 * the migration's connection, and every study group was refused once that connection was closed.
 */
@PlenaryIntegrationTest
class ConnectionRecyclingTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    CommitteeRecords committees;

    @Autowired
    PersonRecords people;

    @Autowired
    StudyGroupRecords records;

    @Autowired
    StudyGroups groups;

    @Test
    void studyGroupsAreStillSavedAfterThePoolRetiredEveryConnection() throws SQLException {
        retireEveryConnection();

        StudyGroupFixtures.Group group = new StudyGroupFixtures(committees, people, records).group();

        assertThat(groups.find(new StudyGroupId(group.id()))).contains(group.view());
    }

    private void retireEveryConnection() throws SQLException {
        // What max-lifetime does after 30 minutes: idle connections are closed now, busy ones when returned.
        // Unwrapped, as the tests count statements through a proxy around the pool (plenary.StatementCount).
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }
}
