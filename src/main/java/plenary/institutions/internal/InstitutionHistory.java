package plenary.institutions.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.institutions.InstitutionRevision;
import plenary.institutions.InstitutionView;

/** Keeps every change of an institution: who, when, and a snapshot of the institution after it. */
@Component
public class InstitutionHistory {

    private final JdbcClient jdbc;

    InstitutionHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the next revision of the institution, as it is now. */
    public void write(InstitutionView institution, String by, Instant at) {
        long id = institution.id().value();
        int next = jdbc.sql(
                        "SELECT COALESCE(MAX(revision), 0) + 1 FROM institution_revision WHERE institution_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO institution_revision (institution_id, revision, changed_at, changed_by, snapshot)
                        VALUES (:id, :revision, :at, :by, :snapshot)""")
                .param("id", id)
                .param("revision", next)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("snapshot", Snapshots.of(institution))
                .update();
    }

    /** The institution's revisions, first first, each saying what it changed from the one before. */
    public List<InstitutionRevision> of(long id) {
        List<Row> rows = jdbc.sql("""
                        SELECT revision, changed_at, changed_by, snapshot FROM institution_revision
                        WHERE institution_id = :id ORDER BY revision""")
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
        List<InstitutionRevision> revisions = new ArrayList<>();
        String before = null;
        for (Row row : rows) {
            revisions.add(new InstitutionRevision(
                    row.revision(), row.at(), row.by(), Snapshots.changes(before, row.snapshot()), row.snapshot()));
            before = row.snapshot();
        }
        return revisions;
    }

    private record Row(int revision, Instant at, String by, String snapshot) {}
}
