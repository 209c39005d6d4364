package plenary.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the connection's current schema as JDBC metadata describes them, ordered so that every table
 * comes after the tables it refers to: the order in which rows can be inserted without breaking a foreign key.
 */
record Catalog(List<Table> tables) {

    /** A table, its columns, primary key, the tables it refers to and its columns that refer to itself. */
    record Table(
            String name,
            List<Column> columns,
            List<String> primaryKey,
            Set<String> parents,
            Set<String> selfReferences) {

        /** The table's name as archives spell it: lower case, whatever the database's habit. */
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        String quoted() {
            return Catalog.quote(name);
        }
    }

    /** A column with its JDBC type; identity columns have their sequence reset after a restore. */
    record Column(String name, int type, String typeName, boolean identity) {

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        String quoted() {
            return Catalog.quote(name);
        }
    }

    static Catalog of(Connection connection, Set<String> skipped) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                // H2 2.x says BASE TABLE where PostgreSQL says TABLE; views and system tables are not data.
                boolean table = Set.of("TABLE", "BASE TABLE").contains(rs.getString("TABLE_TYPE"));
                if (table && !skipped.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.put(name, describe(meta, connection.getCatalog(), schema, name));
                }
            }
        }
        return new Catalog(inInsertOrder(tables));
    }

    /** The table of that key, or null when this database has none. */
    @Nullable Table table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Table describe(DatabaseMetaData meta, String catalog, String schema, String name)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, name, "%")) {
            while (rs.next()) {
                boolean identity = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
                // Computed columns are derived by the database; they are neither kept nor inserted.
                if (!identity && "YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                    continue;
                }
                columns.add(new Column(
                        rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), identity));
            }
        }
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, name)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        Set<String> parents = new TreeSet<>();
        Set<String> self = new TreeSet<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, name)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME");
                if (parent.equals(name)) {
                    self.add(rs.getString("FKCOLUMN_NAME"));
                } else {
                    parents.add(parent);
                }
            }
        }
        return new Table(name, List.copyOf(columns), List.copyOf(key.values()), parents, self);
    }

    private static List<Table> inInsertOrder(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (Table table : tables.values()) {
                boolean ready = tables.keySet().stream()
                        .filter(table.parents()::contains)
                        .allMatch(placed::contains);
                if (!placed.contains(table.name()) && ready) {
                    ordered.add(table);
                    placed.add(table.name());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException(
                        "These tables refer to each other in a cycle, so no insert order " + "exists: "
                                + tables.keySet().stream()
                                        .filter(t -> !placed.contains(t))
                                        .toList());
            }
        }
        return List.copyOf(ordered);
    }
}
