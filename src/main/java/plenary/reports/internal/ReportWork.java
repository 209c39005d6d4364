package plenary.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.kernel.AwaitingWork;
import plenary.kernel.Phrase;
import plenary.kernel.Plural;
import plenary.kernel.WorkItem;
import plenary.kernel.WorkKind;
import plenary.kernel.Worker;

/**
 * What reports have waiting for a person, in one statement: the open reviews of meetings they took part in that
 * they have made no suggestion in yet; and, where they keep the meeting's record, the reports still to publish and
 * the suggestions still to take or leave. The meeting's participants and study group's leaders are joined in the
 * same statement rather than asked for from their modules, so that the list stays one read however long the record.
 */
@Component
class ReportWork implements AwaitingWork {

    /** Whether the person keeps meeting {@code m}'s record: as the secretariat, a leader of its group or its own. */
    private static final String KEEPS = """
            (:secretariat
             OR EXISTS (SELECT 1 FROM study_group_co_chair c WHERE c.study_group_id = m.study_group_id
                        AND c.person_id = :person)
             OR EXISTS (SELECT 1 FROM study_group_rapporteur w WHERE w.study_group_id = m.study_group_id
                        AND w.person_id = :person)
             OR EXISTS (SELECT 1 FROM meeting_participant k WHERE k.meeting_id = m.id AND k.person_id = :person
                        AND k.capacity IN ('CO_CHAIR', 'RAPPORTEUR')))""";

    private static final String AWAITING = """
            SELECT 'REVIEW' AS kind, m.id AS meeting_id, m.ordinal, m.title, m.city, g.title AS study_group,
                   v.deadline, v.version_number AS number
            FROM report_review v JOIN report r ON r.id = v.report_id JOIN meeting m ON m.id = r.meeting_id
                 JOIN study_group g ON g.id = m.study_group_id
            WHERE v.closed_at IS NULL AND v.deadline > :now
              AND EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = m.id AND p.person_id = :person)
              AND NOT EXISTS (SELECT 1 FROM report_suggestion s WHERE s.review_id = v.id AND s.person_id = :person)
            UNION ALL
            SELECT 'PUBLICATION', m.id, m.ordinal, m.title, m.city, g.title, NULL, r.latest_version
            FROM report r JOIN meeting m ON m.id = r.meeting_id JOIN study_group g ON g.id = m.study_group_id
            WHERE r.state IN ('DRAFT', 'IN_REVIEW') AND %1$s
            UNION ALL
            SELECT 'SUGGESTION', m.id, m.ordinal, m.title, m.city, g.title, NULL, COUNT(*)
            FROM report_suggestion s JOIN report_review v ON v.id = s.review_id JOIN report r ON r.id = v.report_id
                 JOIN meeting m ON m.id = r.meeting_id JOIN study_group g ON g.id = m.study_group_id
            WHERE s.state = 'OPEN' AND %1$s
            GROUP BY m.id, m.ordinal, m.title, m.city, g.title""".formatted(KEEPS);

    private final JdbcClient jdbc;

    ReportWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> awaiting(Worker worker) {
        if (worker.personId() == null && !worker.secretariat()) {
            return List.of();
        }
        return jdbc.sql(AWAITING)
                // No person has id -1: an account that speaks for none takes part in nothing.
                .param("person", worker.personId() == null ? -1L : worker.personId())
                .param("secretariat", worker.secretariat())
                .param("now", Timestamp.from(Instant.now()))
                .query(ReportWork::item)
                .list();
    }

    private static WorkItem item(ResultSet rs, int row) throws SQLException {
        long meeting = rs.getLong("meeting_id");
        String title = rs.getString("title");
        Phrase about = title != null
                ? Phrase.of("reports.work.meeting-titled", title)
                : Phrase.of("reports.work.meeting", String.valueOf(rs.getInt("ordinal")), rs.getString("city"));
        long number = rs.getLong("number");
        Timestamp deadline = rs.getTimestamp("deadline");
        String link = "/meetings/" + meeting + "/report";
        WorkKind kind = WorkKind.valueOf(rs.getString("kind"));
        Phrase what = switch (kind) {
            case REVIEW -> Phrase.of("reports.work.review", String.valueOf(number));
            case PUBLICATION -> Phrase.of("reports.work.publish", String.valueOf(number));
            case SUGGESTION -> Phrase.of("reports.work.suggestions", number, Plural.form(number));
            default -> throw new IllegalStateException("Reports ask for no " + kind);
        };
        return new WorkItem(
                kind,
                what,
                rs.getString("study_group"),
                about,
                deadline == null ? null : deadline.toInstant(),
                Objects.requireNonNull(link));
    }
}
