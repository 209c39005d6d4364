package plenary.circulation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import plenary.circulation.AmendmentKind;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.CirculationView.Comment;
import plenary.circulation.RecipientKind;

/** Circulations in the database: the circulation, its recipients, and the comments and amendments they sent. */
@Repository
public class CirculationTables {

    private static final String CIRCULATION = "SELECT id, memorandum_id, study_group_id, version_number, deadline,"
            + " note, circulated_by, circulated_at FROM circulation";
    private static final String RECIPIENT = "SELECT id, circulation_id, kind, committee_id, person_id, name, email,"
            + " link_hash, link_revoked_at FROM circulation_recipient";
    private static final String COMMENT = "SELECT id, circulation_id, paragraph_key, reply_to, body, author,"
            + " recipient_id, late, made_at FROM circulation_comment";
    private static final String AMENDMENT = "SELECT id, kind, paragraph_key, body, rationale, author, recipient_id,"
            + " late, proposed_at, decision, decision_text, decided_by FROM circulation_amendment";

    private final JdbcClient db;

    CirculationTables(JdbcClient db) {
        this.db = db;
    }

    public long insert(
            long memorandumId, long studyGroupId, int version, Instant deadline, String note, String by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        db.sql("INSERT INTO circulation (memorandum_id, study_group_id, version_number, deadline, note,"
                        + " circulated_by, circulated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(memorandumId, studyGroupId, version, ts(deadline), note, by, ts(at))
                .update(keys, "id");
        return id(keys);
    }

    public long insertRecipient(
            long circulationId,
            RecipientKind kind,
            @Nullable Long committeeId,
            @Nullable Long personId,
            String name,
            @Nullable String email) {
        KeyHolder keys = new GeneratedKeyHolder();
        db.sql("INSERT INTO circulation_recipient (circulation_id, kind, committee_id, person_id, name, email)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(circulationId, kind.name(), committeeId, personId, name, email))
                .update(keys, "id");
        return id(keys);
    }

    public Optional<StoredCirculation> find(long id) {
        return db.sql(CIRCULATION + " WHERE id = ?")
                .param(id)
                .query(this::circulationRow)
                .optional();
    }

    public List<StoredCirculation> ofMemorandum(long memorandumId) {
        return db.sql(CIRCULATION + " WHERE memorandum_id = ? ORDER BY id")
                .param(memorandumId)
                .query(this::circulationRow)
                .list();
    }

    /**
     * The circulations sent to the person or to the committee (which the person represents), in one statement: those
     * the person may comment on, the earliest deadline first.
     */
    public List<StoredCirculation> addressedTo(long personId, @Nullable Long committeeId) {
        return db.sql(CIRCULATION + " c WHERE EXISTS (SELECT 1 FROM circulation_recipient r "
                        + "WHERE r.circulation_id = c.id AND ((r.kind = 'PERSON' AND r.person_id = :person) "
                        + "OR (r.kind = 'COMMITTEE' AND r.committee_id = :committee))) ORDER BY c.deadline, c.id")
                .param("person", personId)
                .param("committee", committeeId == null ? -1L : committeeId)
                .query(this::circulationRow)
                .list();
    }

    public List<StoredRecipient> recipients(long circulationId) {
        return db.sql(RECIPIENT + " WHERE circulation_id = ? ORDER BY id")
                .param(circulationId)
                .query(this::recipientRow)
                .list();
    }

    public Optional<StoredRecipient> recipient(long id) {
        return db.sql(RECIPIENT + " WHERE id = ?")
                .param(id)
                .query(this::recipientRow)
                .optional();
    }

    public Optional<StoredRecipient> recipientByLink(String hash) {
        return db.sql(RECIPIENT + " WHERE link_hash = ?")
                .param(hash)
                .query(this::recipientRow)
                .optional();
    }

    public void keepLink(long recipientId, String hash) {
        db.sql("UPDATE circulation_recipient SET link_hash = ?, version = version + 1 WHERE id = ?")
                .params(hash, recipientId)
                .update();
    }

    public void revokeLink(long recipientId, Instant at) {
        db.sql("UPDATE circulation_recipient SET link_revoked_at = ?, version = version + 1 WHERE id = ?")
                .params(ts(at), recipientId)
                .update();
    }

    public long insertComment(
            long circulationId,
            @Nullable Long recipientId,
            String paragraphKey,
            @Nullable Long replyTo,
            String text,
            String author,
            boolean late,
            Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        db.sql("INSERT INTO circulation_comment (circulation_id, recipient_id, paragraph_key, reply_to, body, author,"
                        + " late, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(circulationId, recipientId, paragraphKey, replyTo, text, author, late, ts(at)))
                .update(keys, "id");
        return id(keys);
    }

    /** Whether the recipient has sent anything: a comment or an amendment. */
    public boolean answered(long circulationId, long recipientId) {
        return db.sql("SELECT (SELECT COUNT(*) FROM circulation_comment WHERE circulation_id = ? AND recipient_id = ?)"
                                + " + (SELECT COUNT(*) FROM circulation_amendment WHERE circulation_id = ?"
                                + " AND recipient_id = ?)")
                        .params(circulationId, recipientId, circulationId, recipientId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Comment> comments(long circulationId) {
        return db.sql(COMMENT + " WHERE circulation_id = ? ORDER BY id")
                .param(circulationId)
                .query((rs, n) -> comment(rs))
                .list();
    }

    /** One comment and the circulation it was made in, or none. */
    public Optional<StoredComment> comment(long commentId) {
        return db.sql(COMMENT + " WHERE id = ?")
                .param(commentId)
                .query((rs, n) -> new StoredComment(rs.getLong("circulation_id"), comment(rs)))
                .optional();
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getString("paragraph_key"),
                nullableLong(rs, "reply_to"),
                rs.getString("body"),
                rs.getString("author"),
                nullableLong(rs, "recipient_id"),
                rs.getBoolean("late"),
                rs.getTimestamp("made_at").toInstant());
    }

    public long insertAmendment(
            long circulationId,
            long recipientId,
            AmendmentKind kind,
            String paragraphKey,
            @Nullable String text,
            String rationale,
            String author,
            boolean late,
            Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        db.sql("INSERT INTO circulation_amendment (circulation_id, recipient_id, kind, paragraph_key, body, rationale,"
                        + " author, late, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(
                        circulationId, recipientId, kind.name(), paragraphKey, text, rationale, author, late, ts(at)))
                .update(keys, "id");
        return id(keys);
    }

    public List<Amendment> amendments(long circulationId) {
        return db.sql(AMENDMENT + " WHERE circulation_id = ? ORDER BY id")
                .param(circulationId)
                .query(this::amendmentRow)
                .list();
    }

    public Optional<Amendment> amendment(long id) {
        return db.sql(AMENDMENT + " WHERE id = ?")
                .param(id)
                .query(this::amendmentRow)
                .optional();
    }

    /**
     * Records the decision unless one was recorded before (an amendment kept open may still be decided for good);
     * answers whether this one was.
     */
    public boolean decide(long amendmentId, String decision, @Nullable String text, String by, Instant at) {
        return db.sql("UPDATE circulation_amendment SET decision = ?, decision_text = ?, decided_by = ?,"
                                + " decided_at = ?, version = version + 1 WHERE id = ? AND (decision IS NULL"
                                + " OR decision = 'KEEP_OPEN' AND ? <> 'KEEP_OPEN')")
                        .params(Arrays.asList(decision, text, by, ts(at), amendmentId, decision))
                        .update()
                == 1;
    }

    /** The circulation an amendment was made on. */
    public Optional<Long> circulationOf(long amendmentId) {
        return db.sql("SELECT circulation_id FROM circulation_amendment WHERE id = ?")
                .param(amendmentId)
                .query(Long.class)
                .optional();
    }

    private StoredCirculation circulationRow(ResultSet rs, int row) throws SQLException {
        return new StoredCirculation(
                rs.getLong("id"),
                rs.getLong("memorandum_id"),
                rs.getLong("study_group_id"),
                rs.getInt("version_number"),
                rs.getTimestamp("deadline").toInstant(),
                rs.getString("note"),
                rs.getString("circulated_by"),
                rs.getTimestamp("circulated_at").toInstant());
    }

    private StoredRecipient recipientRow(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("link_revoked_at");
        return new StoredRecipient(
                rs.getLong("id"),
                rs.getLong("circulation_id"),
                RecipientKind.valueOf(rs.getString("kind")),
                nullableLong(rs, "committee_id"),
                nullableLong(rs, "person_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("link_hash"),
                revoked == null ? null : revoked.toInstant());
    }

    private Amendment amendmentRow(ResultSet rs, int row) throws SQLException {
        return new Amendment(
                rs.getLong("id"),
                AmendmentKind.valueOf(rs.getString("kind")),
                rs.getString("paragraph_key"),
                rs.getString("body"),
                rs.getString("rationale"),
                rs.getString("author"),
                rs.getLong("recipient_id"),
                rs.getBoolean("late"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("decision"),
                rs.getString("decision_text"),
                rs.getString("decided_by"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static long id(KeyHolder keys) {
        Number key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("no id generated");
        }
        return key.longValue();
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
