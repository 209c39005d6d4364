package plenary.backup;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of a database (but Flyway's history), read plainly through JDBC and put in a form
 * where H2's and PostgreSQL's answers for the same data are equal: instants, numbers by value, arrays as lists.
 * Rows are sorted by primary key, so that two databases holding the same rows compare equal.
 */
final class TableRows {

    private TableRows() {}

    static Map<String, List<List<Object>>> of(DataSource dataSource) throws SQLException {
        Map<String, List<List<Object>>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
                while (rs.next()) {
                    if (List.of("TABLE", "BASE TABLE").contains(rs.getString("TABLE_TYPE"))) {
                        names.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String name : names) {
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    tables.put(name.toLowerCase(Locale.ROOT), rows(connection, meta, name));
                }
            }
        }
        return tables;
    }

    private static List<List<Object>> rows(Connection connection, DatabaseMetaData meta, String table)
            throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        Map<Short, Integer> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), columns.indexOf(rs.getString("COLUMN_NAME")));
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT "
                        + String.join(
                                ", ", columns.stream().map(c -> '"' + c + '"').toList()) + " FROM \"" + table + '"')) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(plain(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        rows.sort((a, b) -> {
            for (int i : key.values()) {
                int c = compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return a.toString().compareTo(b.toString());
        });
        return rows;
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof java.sql.Blob blob) {
            // H2 answers a BINARY LARGE OBJECT as a new Blob each read: its bytes are what two reads share.
            return HexFormat.of().formatHex(blob.getBytes(1, Math.toIntExact(blob.length())));
        }
        if (value instanceof Array array) {
            List<Object> elements = new ArrayList<>();
            for (Object element : (Object[]) array.getArray()) {
                elements.add(plain(element));
            }
            return elements;
        }
        if (value instanceof Object[] elements) {
            return Arrays.asList(elements);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a instanceof Comparable comparable && a.getClass() == b.getClass()
                ? comparable.compareTo(b)
                : a.toString().compareTo(b.toString());
    }
}
