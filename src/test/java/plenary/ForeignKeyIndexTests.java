package plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL every foreign key's columns lead an index: H2 makes one for each foreign key by itself, PostgreSQL
 * does not, and a join or a delete through an unindexed key reads the whole table (at size L, a meeting's read
 * read every proposal and next task). Read from the catalog, so that a foreign key added without its index fails.
 */
@PlenaryIntegrationTest
class ForeignKeyIndexTests {

    /** Each foreign key of this schema whose columns are not the first columns of any index on its table. */
    static final String UNINDEXED = """
            SELECT c.conrelid::regclass::text || '(' ||
                   (SELECT string_agg(a.attname, ', ' ORDER BY k.n)
                      FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) || ')'
              FROM pg_constraint c
             WHERE c.contype = 'f'
               AND c.connamespace = current_schema()::regnamespace
               AND NOT EXISTS (
                   SELECT 1 FROM pg_index i
                    WHERE i.indrelid = c.conrelid
                      AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey)
             ORDER BY 1
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource database;

    @Test
    void everyForeignKeyHasAnIndexOnPostgreSql() throws SQLException {
        try (Connection connection = database.getConnection()) {
            assumeTrue(
                    connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "PostgreSQL's catalog (H2 indexes foreign keys itself)");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_constraint c WHERE c.contype = 'f'"
                                + " AND c.connamespace = current_schema()::regnamespace")
                        .query(Long.class)
                        .single())
                .as("foreign keys in the schema")
                .isPositive();

        assertThat(jdbc.sql(UNINDEXED).query(String.class).list()).isEmpty();
    }
}
