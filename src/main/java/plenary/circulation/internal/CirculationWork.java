package plenary.circulation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.kernel.AwaitingWork;
import plenary.kernel.Phrase;
import plenary.kernel.Plural;
import plenary.kernel.WorkItem;
import plenary.kernel.WorkKind;
import plenary.kernel.Worker;

/**
 * What circulations have waiting for a person, in one statement: the latest circulation of each memorandum sent to
 * them or to the committee they represent that has had no comment or amendment from that recipient yet (overdue
 * once its deadline passed: a late answer is still taken, only marked late); and, where they draft the memorandum,
 * the amendments still to decide. The memorandum's title and its study group's leaders are joined in the same
 * statement rather than asked for from their modules, so that the list stays one read however long the record.
 */
@Component
class CirculationWork implements AwaitingWork {

    private static final String AWAITING = """
            SELECT 'COMMENT' AS kind, c.id, c.memorandum_id, d.title, g.title AS study_group, c.deadline,
                   c.version_number AS number
            FROM circulation c JOIN memorandum d ON d.id = c.memorandum_id
                 JOIN study_group g ON g.id = c.study_group_id
            WHERE NOT EXISTS (SELECT 1 FROM circulation n WHERE n.memorandum_id = c.memorandum_id AND n.id > c.id)
              AND EXISTS (SELECT 1 FROM circulation_recipient r WHERE r.circulation_id = c.id
                  AND (r.kind = 'COMMITTEE' AND r.committee_id = :committee
                       OR r.kind = 'PERSON' AND r.person_id = :person)
                  AND NOT EXISTS (SELECT 1 FROM circulation_comment k WHERE k.recipient_id = r.id)
                  AND NOT EXISTS (SELECT 1 FROM circulation_amendment a WHERE a.recipient_id = r.id))
            UNION ALL
            SELECT 'AMENDMENT', c.id, c.memorandum_id, d.title, g.title, NULL, COUNT(*)
            FROM circulation_amendment a JOIN circulation c ON c.id = a.circulation_id
                 JOIN memorandum d ON d.id = c.memorandum_id JOIN study_group g ON g.id = c.study_group_id
            WHERE a.decision IS NULL
              AND (:secretariat
                   OR EXISTS (SELECT 1 FROM study_group_co_chair h
                       WHERE h.study_group_id = g.id AND h.person_id = :person)
                   OR g.rapporteurs_draft AND EXISTS (SELECT 1 FROM study_group_rapporteur w
                       WHERE w.study_group_id = g.id AND w.person_id = :person))
            GROUP BY c.id, c.memorandum_id, d.title, g.title""";

    private final JdbcClient jdbc;

    CirculationWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> awaiting(Worker worker) {
        if (worker.personId() == null && !worker.secretariat()) {
            return List.of();
        }
        // No person or committee has id -1: an account that speaks for none is sent nothing.
        return jdbc.sql(AWAITING)
                .param("person", worker.personId() == null ? -1L : worker.personId())
                .param("committee", worker.representedCommittee() == null ? -1L : worker.representedCommittee())
                .param("secretariat", worker.secretariat())
                .query(CirculationWork::item)
                .list();
    }

    private static WorkItem item(ResultSet rs, int row) throws SQLException {
        WorkKind kind = WorkKind.valueOf(rs.getString("kind"));
        long number = rs.getLong("number");
        Timestamp deadline = rs.getTimestamp("deadline");
        Phrase what = kind == WorkKind.COMMENT
                ? Phrase.of("circulation.work.comment", String.valueOf(number))
                : Phrase.of("circulation.work.decide", number, Plural.form(number));
        return new WorkItem(
                kind,
                what,
                rs.getString("study_group"),
                Phrase.of("circulation.work.memorandum", rs.getString("title")),
                deadline == null ? null : deadline.toInstant(),
                "/memoranda/" + rs.getLong("memorandum_id") + "/circulations/" + rs.getLong("id"));
    }
}
