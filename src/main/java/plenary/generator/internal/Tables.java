package plenary.generator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows waiting to be written, table by table, and the ids they take. Tables are written in the order they
 * were first named, which is the order of their foreign keys; each in batches of one prepared statement.
 */
public final class Tables {

    /** The tables whose ids the generator gives, in the order their rows are written. */
    static final List<String> WITH_IDS = List.of(
            "committee",
            "person",
            "account",
            "study_group",
            "meeting",
            "meeting_session",
            "meeting_participant",
            "intervention",
            "proposal",
            "next_task",
            "report",
            "report_version",
            "report_publication",
            "memorandum",
            "circulation",
            "circulation_recipient",
            "circulation_comment",
            "circulation_amendment",
            "search_change");

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> lastIds = new LinkedHashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private int publishedNumber;
    private long written;

    Tables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        for (String table : WITH_IDS) {
            Long last = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
            lastIds.put(table, last == null ? 0L : last);
        }
        Integer number = jdbc.queryForObject("SELECT COALESCE(MAX(published_number), 0) FROM report", Integer.class);
        publishedNumber = number == null ? 0 : number;
    }

    /** The next id of a table with ids. */
    long id(String table) {
        long next = lastIds.merge(table, 1L, Long::sum);
        return next;
    }

    /** The id the next row of a table will take, without taking it. */
    long peek(String table) {
        return lastIds.getOrDefault(table, 0L) + 1;
    }

    /** The next number of a published report, numbered across the instance. */
    int publishedNumber() {
        return ++publishedNumber;
    }

    /** Declares a table's columns; the first declaration fixes its place in the order of writing. */
    void declare(String table, String... columns) {
        tables.computeIfAbsent(table, t -> new Table(t, columns));
    }

    /** A row of a declared table, values in the order of its columns. */
    void add(String table, @Nullable Object... values) {
        Table t = tables.get(table);
        if (t == null || t.columns.length != values.length) {
            throw new IllegalArgumentException("not a row of " + table);
        }
        t.rows.add(values);
    }

    /** Writes every waiting row, table after table. */
    void flush() {
        for (Table table : tables.values()) {
            for (int from = 0; from < table.rows.size(); from += BATCH) {
                jdbc.batchUpdate(table.insert, table.rows.subList(from, Math.min(table.rows.size(), from + BATCH)));
            }
            written += table.rows.size();
            table.rows.clear();
        }
    }

    long written() {
        return written;
    }

    /** After the rows went in with ids of the generator's own: the identities go on after the highest. */
    void restartIdentities(boolean postgres) {
        for (String table : WITH_IDS) {
            long next = lastIds.getOrDefault(table, 0L) + 1;
            if (postgres) {
                jdbc.queryForObject(
                        "SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM " + table
                                + "), false)",
                        Long.class,
                        table);
            } else {
                jdbc.execute(
                        "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + Math.max(next, maxId(table) + 1));
            }
        }
    }

    private long maxId(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return max == null ? 0 : max;
    }

    private static final class Table {
        final String[] columns;
        final String insert;
        final List<@Nullable Object[]> rows = new ArrayList<>();

        Table(String name, String[] columns) {
            this.columns = columns;
            this.insert = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
        }
    }
}
