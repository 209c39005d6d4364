package plenary;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * H2's plan of a statement, for tests that a read finds its rows through the right index. The plan's words are
 * H2's, and so were the defects these tests keep out: PostgreSQL orders joins by its statistics, and over a test's
 * small tables it rightly prefers reading them whole, so on PostgreSQL such a test is skipped.
 */
public final class H2Plan {

    private H2Plan() {}

    public static String of(DataSource database, String sql, Map<String, ?> parameters) throws SQLException {
        try (Connection connection = database.getConnection()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "H2's plan");
        }
        return String.join(
                "\n",
                JdbcClient.create(database)
                        .sql("EXPLAIN " + sql)
                        .params(parameters)
                        .query(String.class)
                        .list());
    }
}
