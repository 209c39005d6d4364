package plenary.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor under each kind of request: the SQL that the request's answer is made from, run over plain JDBC (one
 * connection, a statement prepared each time as the application does, every row and column read) against the
 * database the load test ran on, right after the run and with the same Plenary still up. It stands for what no
 * implementation could avoid reading; everything a request costs above it is Plenary's own work (HTTP, security,
 * mapping, composing, typesetting). Search has no SQL floor: it answers from its Lucene index.
 */
final class SqlFloor {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 300;

    private static final String GROUP = "(SELECT study_group_id FROM meeting WHERE id = ?)";
    // A meeting's record, one statement a table, as the meetings module reads it (MeetingParts), and its group.
    private static final List<String> MEETING = List.of(
            "SELECT * FROM meeting WHERE id = ?",
            "SELECT * FROM study_group WHERE id = " + GROUP,
            "SELECT * FROM study_group_co_chair WHERE study_group_id = " + GROUP,
            "SELECT * FROM study_group_rapporteur WHERE study_group_id = " + GROUP,
            "SELECT * FROM study_group_committee WHERE study_group_id = " + GROUP,
            "SELECT p.* FROM meeting_participant c JOIN person p ON p.id = c.person_id WHERE c.meeting_id = ?",
            "SELECT * FROM meeting_participant WHERE meeting_id = ? ORDER BY id",
            "SELECT * FROM meeting_session WHERE meeting_id = ? ORDER BY session_number",
            "SELECT c.* FROM session_objective c JOIN meeting_session p ON p.id = c.session_id WHERE p.meeting_id = ?",
            "SELECT * FROM intervention WHERE meeting_id = ? ORDER BY position, id",
            "SELECT c.* FROM intervention_institution c JOIN intervention p ON p.id = c.intervention_id"
                    + " WHERE p.meeting_id = ?",
            "SELECT c.* FROM intervention_issue_area c JOIN intervention p ON p.id = c.intervention_id"
                    + " WHERE p.meeting_id = ?",
            "SELECT c.* FROM intervention_link c JOIN intervention p ON p.id = c.intervention_id WHERE p.meeting_id = ?",
            "SELECT * FROM proposal WHERE meeting_id = ? ORDER BY id",
            "SELECT c.* FROM proposal_position c JOIN proposal p ON p.id = c.proposal_id WHERE p.meeting_id = ?",
            "SELECT c.* FROM proposal_institution c JOIN proposal p ON p.id = c.proposal_id WHERE p.meeting_id = ?",
            "SELECT * FROM next_task WHERE meeting_id = ? ORDER BY position, id",
            "SELECT c.* FROM next_task_owner c JOIN next_task p ON p.id = c.next_task_id WHERE p.meeting_id = ?");
    // A report's file is typeset from its stored document: the report and the version read.
    private static final List<String> REPORT = List.of(
            "SELECT * FROM report WHERE meeting_id = ?",
            "SELECT v.document FROM report r JOIN report_version v ON v.report_id = r.id"
                    + " AND v.number = r.latest_version WHERE r.meeting_id = ?");
    private static final List<String> CIRCULATION = List.of(
            "SELECT * FROM circulation WHERE id = ?",
            "SELECT m.id, m.study_group_id, m.title, m.revision FROM memorandum m"
                    + " JOIN circulation c ON c.memorandum_id = m.id WHERE c.id = ?",
            "SELECT * FROM circulation_recipient WHERE circulation_id = ?",
            "SELECT * FROM circulation_comment WHERE circulation_id = ?",
            "SELECT * FROM circulation_amendment WHERE circulation_id = ?");
    private static final List<String> SIGN_IN = List.of(
            "SELECT * FROM account WHERE username = ?",
            "SELECT r.* FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = ?",
            "SELECT l.* FROM account_lockout l JOIN account a ON a.id = l.account_id WHERE a.username = ?");

    private final String url;
    private final String user;
    private final String password;

    SqlFloor(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Times each kind's SQL and writes a table of the medians and 95th percentiles (ms) to the file. */
    void measure(List<Long> meetings, List<Long> reports, long circulationId, String account, Path file) {
        Map<String, double[]> floors = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            floors.put("meeting page, API meeting", reads(connection, MEETING, meetings));
            floors.put("report html, md, docx, akn; PDF export", reads(connection, REPORT, reports));
            floors.put("circulation read", reads(connection, CIRCULATION, List.of(circulationId)));
            floors.put("comment (write)", comment(connection, circulationId));
            floors.put("sign in (without bcrypt)", reads(connection, SIGN_IN, List.of(account)));
        } catch (SQLException e) {
            throw new IllegalStateException("The SQL floor could not be measured on " + url, e);
        }
        StringBuilder table =
                new StringBuilder("| request | SQL floor p50 (ms) | SQL floor p95 (ms) |\n|---|---|---|\n");
        floors.forEach((kind, times) -> table.append(
                String.format("| %s | %.2f | %.2f |%n", kind, percentile(times, 50), percentile(times, 95))));
        table.append(String.format(
                "%nPlain JDBC on %s, %d warm-up and %d measured rounds a kind, after the load.%n",
                url.replaceAll(";.*", ""), WARM_UP, MEASURED));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + file, e);
        }
        System.out.println(table);
    }

    private static double[] reads(Connection connection, List<String> statements, List<?> keys) throws SQLException {
        double[] times = new double[MEASURED];
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            Object key = keys.get(round % keys.size());
            long start = System.nanoTime();
            for (String sql : statements) {
                read(connection, sql, key);
            }
            if (round >= WARM_UP) {
                times[round - WARM_UP] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    private static void read(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameters = statement.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                statement.setObject(i, key);
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                }
            }
        }
    }

    // What a comment needs at least: the circulation's state read, the comment inserted and committed. Each row is
    // deleted again after its round, outside the time.
    private static double[] comment(Connection connection, long circulationId) throws SQLException {
        double[] times = new double[MEASURED];
        connection.setAutoCommit(false);
        try {
            for (int round = 0; round < WARM_UP + MEASURED; round++) {
                long start = System.nanoTime();
                for (String sql : CIRCULATION) {
                    read(connection, sql, circulationId);
                }
                long id;
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO circulation_comment (circulation_id, paragraph_key, body, author, late, made_at)"
                                + " VALUES (?, ?, ?, ?, FALSE, CURRENT_TIMESTAMP)",
                        new String[] {"id"})) {
                    insert.setLong(1, circulationId);
                    insert.setString(2, "floor");
                    insert.setString(3, "The SQL floor's comment " + round + ".");
                    insert.setString(4, "load test");
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                connection.commit();
                if (round >= WARM_UP) {
                    times[round - WARM_UP] = (System.nanoTime() - start) / 1e6;
                }
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM circulation_comment WHERE id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
                connection.commit();
            }
        } finally {
            connection.setAutoCommit(true);
        }
        return times;
    }

    private static double percentile(double[] times, int percent) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
