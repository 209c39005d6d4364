package plenary.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import plenary.backup.Catalog.Column;
import plenary.backup.Catalog.Table;
import plenary.backup.Manifest.TableEntry;
import tools.jackson.databind.JsonNode;

/**
 * Inserts one table's rows from an archive in batches; columns that refer to the table itself are set once all
 * its rows are in, since a row may refer to one that comes after it.
 */
record TableRestore(Connection connection, Table table) {

    private static final int BATCH = 500;

    void insert(Archive archive, TableEntry entry) throws SQLException, IOException {
        List<Column> columns = table.columns();
        List<Values> values = columns.stream().map(Values::of).toList();
        Set<String> known = columns.stream().map(Column::key).collect(Collectors.toSet());
        List<JsonNode> selfReferring = new ArrayList<>();
        long count = 0;
        try (PreparedStatement insert = connection.prepareStatement(insertSql());
                BufferedReader lines = archive.lines(entry.entry())) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = ArchiveJson.MAPPER.readTree(line);
                for (String name : row.propertyNames()) {
                    if (!known.contains(name)) {
                        throw new RestoreRefused("The backup's table " + table.key() + " has a column " + name
                                + " this database does not have.");
                    }
                }
                boolean deferred = false;
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode value = row.get(columns.get(i).key());
                    boolean self = value != null && !value.isNull() && selfReference(columns.get(i));
                    deferred |= self;
                    values.get(i).bind(insert, i + 1, columns.get(i), self ? null : value);
                }
                if (deferred) {
                    selfReferring.add(row);
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        if (count != entry.rows()) {
            throw new RestoreRefused("The backup's table " + table.key() + " holds " + count + " rows where its "
                    + "manifest says " + entry.rows() + ".");
        }
        link(selfReferring);
    }

    private String insertSql() {
        return "INSERT INTO " + table.quoted() + " ("
                + table.columns().stream().map(Column::quoted).collect(Collectors.joining(", ")) + ") VALUES ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
    }

    private boolean selfReference(Column column) {
        return table.selfReferences().contains(column.name());
    }

    /** Sets the columns that refer to rows of the same table, now that every row exists. */
    private void link(List<JsonNode> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (table.primaryKey().isEmpty()) {
            throw new RestoreRefused("Table " + table.key() + " refers to itself but has no primary key.");
        }
        List<Column> set = table.columns().stream().filter(this::selfReference).toList();
        List<Column> key = table.primaryKey().stream()
                .map(k -> table.columns().stream()
                        .filter(c -> c.name().equals(k))
                        .findFirst()
                        .orElseThrow())
                .toList();
        String sql = "UPDATE " + table.quoted() + " SET "
                + set.stream().map(c -> c.quoted() + " = ?").collect(Collectors.joining(", ")) + " WHERE "
                + key.stream().map(c -> c.quoted() + " = ?").collect(Collectors.joining(" AND "));
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (JsonNode row : rows) {
                int i = 1;
                for (Column column : set) {
                    Values.of(column).bind(update, i++, column, row.get(column.key()));
                }
                for (Column column : key) {
                    Values.of(column).bind(update, i++, column, row.get(column.key()));
                }
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
