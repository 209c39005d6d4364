package plenary.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import plenary.PostgresTestDatabase;

/**
 * A new, empty database to restore into: an in-memory H2 database in PostgreSQL mode as Plenary configures it,
 * or a schema of its own on the test PostgreSQL server ({@code PLENARY_TEST_PG_URL}), dropped on close.
 */
final class EmptyDatabase implements AutoCloseable {

    final DataSource dataSource;
    private final String schema;

    private EmptyDatabase(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    static boolean postgresAvailable() {
        return PostgresTestDatabase.available();
    }

    static EmptyDatabase h2() {
        // One connection throughout: the plain way to keep an in-memory database alive until close() shuts it.
        return new EmptyDatabase(
                new SingleConnectionDataSource(
                        "jdbc:h2:mem:restore-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        true),
                null);
    }

    static EmptyDatabase postgres() {
        String schema = PostgresTestDatabase.newSchema("restore_");
        DriverManagerDataSource server = new DriverManagerDataSource(
                PostgresTestDatabase.url(null), PostgresTestDatabase.user(), PostgresTestDatabase.password());
        execute(server, "CREATE SCHEMA " + schema);
        return new EmptyDatabase(
                new DriverManagerDataSource(
                        PostgresTestDatabase.url(schema), PostgresTestDatabase.user(), PostgresTestDatabase.password()),
                schema);
    }

    /** The same kind of database as the one given, or the other kind. */
    static EmptyDatabase like(DataSource other, boolean same) {
        boolean postgres = isPostgres(other);
        return postgres == same ? postgres() : h2();
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds Plenary's schema in it, as a new instance's first start does; answers the schema version. */
    String migrate() {
        // As application.yml's locations, with the {vendor} that Spring Boot would fill in.
        String vendor = isPostgres(dataSource) ? "postgresql" : "h2";
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .outOfOrder(true);
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        Flyway flyway = configuration.load();
        flyway.migrate();
        return SchemaHistory.version(flyway);
    }

    @Override
    public void close() {
        execute(dataSource, schema == null ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        if (dataSource instanceof SingleConnectionDataSource single) {
            single.destroy();
        }
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
