package plenary.backup;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import plenary.backup.Catalog.Column;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How a column's value is written into an archive and read back, in a form that does not depend on the
 * database that wrote it: numbers and booleans as JSON, times as ISO-8601 (instants in UTC), UUIDs as text,
 * arrays as JSON arrays, binary as base64.
 */
enum Values {
    INTEGER,
    DECIMAL,
    FLOAT,
    BOOLEAN,
    TEXT,
    DATE,
    TIME,
    TIMESTAMP,
    INSTANT,
    UUID,
    BINARY,
    ARRAY,
    OTHER;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static Values of(Column column) {
        String name = column.typeName() == null ? "" : column.typeName().toLowerCase(Locale.ROOT);
        // Type names first: PostgreSQL reports timestamptz as TIMESTAMP and uuid as OTHER, H2 a UUID as BINARY.
        if (name.equals("uuid")) {
            return UUID;
        }
        if (column.type() == Types.ARRAY || name.startsWith("_") || name.endsWith(" array")) {
            return ARRAY;
        }
        if (column.type() == Types.TIMESTAMP_WITH_TIMEZONE
                || name.equals("timestamptz")
                || name.startsWith("timestamp") && name.contains("with time zone")) {
            return INSTANT;
        }
        return switch (column.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOAT;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.CLOB,
                    Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> OTHER;
        };
    }

    /** The value of the result's column {@code i} as JSON. */
    JsonNode read(ResultSet rs, int i) throws SQLException {
        JsonNode value = switch (this) {
            case INTEGER -> JSON.numberNode(rs.getLong(i));
            case DECIMAL -> JSON.numberNode(rs.getBigDecimal(i));
            case FLOAT -> JSON.numberNode(rs.getDouble(i));
            case BOOLEAN -> JSON.booleanNode(rs.getBoolean(i));
            case DATE -> text(rs.getObject(i, LocalDate.class));
            case TIME -> text(rs.getObject(i, LocalTime.class));
            case TIMESTAMP -> text(rs.getObject(i, LocalDateTime.class));
            case INSTANT -> instant(rs.getObject(i, OffsetDateTime.class));
            case UUID -> text(rs.getObject(i, java.util.UUID.class));
            case BINARY -> bytes(rs.getBytes(i));
            case ARRAY -> array(rs.getArray(i));
            case TEXT, OTHER -> text(rs.getString(i));
        };
        return rs.wasNull() ? JSON.nullNode() : value;
    }

    /** Sets parameter {@code i} to the JSON value, converted for the column as the target database has it. */
    void bind(PreparedStatement statement, int i, Column column, @Nullable JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(i, column.type());
            return;
        }
        switch (this) {
            case INTEGER -> statement.setLong(i, value.longValue());
            case DECIMAL -> statement.setBigDecimal(i, new BigDecimal(value.asString()));
            case FLOAT -> statement.setDouble(i, value.doubleValue());
            case BOOLEAN -> statement.setBoolean(i, value.booleanValue());
            case TEXT -> statement.setString(i, value.stringValue());
            case DATE -> statement.setObject(i, LocalDate.parse(value.stringValue()));
            case TIME -> statement.setObject(i, LocalTime.parse(value.stringValue()));
            case TIMESTAMP -> statement.setObject(i, LocalDateTime.parse(value.stringValue()));
            case INSTANT -> statement.setObject(i, OffsetDateTime.parse(value.stringValue()));
            case UUID -> statement.setObject(i, java.util.UUID.fromString(value.stringValue()));
            case BINARY -> statement.setBytes(i, Base64.getDecoder().decode(value.stringValue()));
            case ARRAY -> statement.setArray(i, array(statement.getConnection(), column, value));
            case OTHER -> statement.setObject(i, value.stringValue(), Types.OTHER);
        }
    }

    private static JsonNode text(@Nullable Object value) {
        return value == null ? JSON.nullNode() : JSON.stringNode(value.toString());
    }

    private static JsonNode instant(@Nullable OffsetDateTime value) {
        return value == null
                ? JSON.nullNode()
                : JSON.stringNode(
                        value.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static JsonNode bytes(byte @Nullable [] value) {
        return value == null
                ? JSON.nullNode()
                : JSON.stringNode(Base64.getEncoder().encodeToString(value));
    }

    private static JsonNode array(@Nullable Array array) throws SQLException {
        if (array == null) {
            return JSON.nullNode();
        }
        ArrayNode elements = JSON.arrayNode();
        for (Object element : (Object[]) array.getArray()) {
            if (element == null) {
                elements.addNull();
            } else if (element instanceof Number number) {
                elements.add(JSON.numberNode(new BigDecimal(number.toString())));
            } else if (element instanceof Boolean flag) {
                elements.add(flag);
            } else {
                elements.add(element.toString());
            }
        }
        array.free();
        return elements;
    }

    private static Array array(Connection connection, Column column, JsonNode value) throws SQLException {
        List<Object> elements = new ArrayList<>();
        for (JsonNode element : value) {
            elements.add(
                    element.isNull()
                            ? null
                            : element.isNumber()
                                    ? element.decimalValue()
                                    : element.isBoolean() ? element.booleanValue() : element.stringValue());
        }
        return connection.createArrayOf(elementType(column.typeName()), elements.toArray());
    }

    /** PostgreSQL names an array of varchar {@code _varchar}, H2 {@code CHARACTER VARYING ARRAY}. */
    private static String elementType(String arrayType) {
        String name = arrayType.startsWith("_") ? arrayType.substring(1) : arrayType;
        return name.toLowerCase(Locale.ROOT).endsWith(" array") ? name.substring(0, name.length() - 6) : name;
    }
}
