package plenary.endorsement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.kernel.AwaitingWork;
import plenary.kernel.Phrase;
import plenary.kernel.WorkItem;
import plenary.kernel.WorkKind;
import plenary.kernel.Worker;

/**
 * The endorsements due from the committee a person represents, in one statement: each open round (not yet
 * submitted or decided) of a memorandum of a study group the committee takes part in, which the committee has not
 * answered. The group's committees are joined in the same statement rather than asked for from their module.
 */
@Component
class EndorsementWork implements AwaitingWork {

    private static final String DUE = """
            SELECT r.memorandum_id, r.version_number, d.title, g.title AS study_group
            FROM endorsement_round r JOIN memorandum d ON d.id = r.memorandum_id
                 JOIN study_group g ON g.id = d.study_group_id
            WHERE r.submitted_at IS NULL AND r.decision IS NULL
              AND EXISTS (SELECT 1 FROM study_group_committee c WHERE c.study_group_id = g.id
                          AND c.committee_id = :committee)
              AND NOT EXISTS (SELECT 1 FROM endorsement e WHERE e.round_id = r.id AND e.committee_id = :committee)""";

    private final JdbcClient jdbc;

    EndorsementWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> awaiting(Worker worker) {
        Long committee = worker.representedCommittee();
        if (committee == null) {
            return List.of();
        }
        return jdbc.sql(DUE)
                .param("committee", committee)
                .query(EndorsementWork::item)
                .list();
    }

    private static WorkItem item(ResultSet rs, int row) throws SQLException {
        return new WorkItem(
                WorkKind.ENDORSEMENT,
                Phrase.of("endorsement.work.answer", String.valueOf(rs.getInt("version_number"))),
                rs.getString("study_group"),
                Phrase.of("endorsement.work.memorandum", rs.getString("title")),
                null,
                "/memoranda/" + rs.getLong("memorandum_id") + "/endorsement");
    }
}
