package plenary.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import plenary.backup.Catalog.Column;
import plenary.backup.Catalog.Table;

/**
 * The two things backup and restore cannot say in portable JDBC: how to read in one snapshot, and how to
 * restart an identity.
 */
enum Dialect {
    H2 {
        @Override
        int snapshotIsolation() {
            // H2's SNAPSHOT (org.h2.engine.Constants.TRANSACTION_SNAPSHOT) sees the whole database as of the
            // transaction's first statement; its REPEATABLE READ does not promise that across tables.
            return 6;
        }

        @Override
        void restartIdentity(Connection connection, Table table, Column column) throws SQLException {
            long next = max(connection, table, column) + 1;
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "ALTER TABLE " + table.quoted() + " ALTER COLUMN " + column.quoted() + " RESTART WITH " + next);
            }
        }
    },

    POSTGRESQL {
        @Override
        int snapshotIsolation() {
            // PostgreSQL's REPEATABLE READ is a snapshot of the whole database, taken at the first statement.
            return Connection.TRANSACTION_REPEATABLE_READ;
        }

        @Override
        void restartIdentity(Connection connection, Table table, Column column) throws SQLException {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), " + "COALESCE((SELECT MAX("
                            + column.quoted() + ") FROM " + table.quoted() + "), 0) + 1, false)")) {
                statement.setString(1, table.quoted());
                statement.setString(2, column.name());
                statement.execute();
            }
        }
    };

    abstract int snapshotIsolation();

    /** Makes the column's identity continue after the largest value restored into it. */
    abstract void restartIdentity(Connection connection, Table table, Column column) throws SQLException;

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> throw new IllegalStateException("Backups know H2 and PostgreSQL, not " + product);
        };
    }

    private static long max(Connection connection, Table table, Column column) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(" + column.quoted() + ") FROM " + table.quoted())) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
