package plenary.imports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The drafts of imported reports, in table import_draft: each kept for its owner until it expires. */
@Repository
public class DraftStore {

    /** A stored draft: its record as JSON. */
    public record StoredDraft(
            long id,
            String owner,
            String source,
            String record,
            Instant expiresAt,
            @Nullable Long meetingId) {}

    private final JdbcClient db;

    DraftStore(JdbcClient db) {
        this.db = db;
    }

    public long save(String owner, String source, String record, Instant now, Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.sql("INSERT INTO import_draft (owner, source, record, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(owner, source, record, Timestamp.from(now), Timestamp.from(expiresAt))
                .update(key, "id");
        return java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "the new draft's id");
    }

    /** The draft, unless it expired before {@code now}. */
    public Optional<StoredDraft> find(long id, Instant now) {
        return db.sql("SELECT id, owner, source, record, expires_at, meeting_id FROM import_draft"
                        + " WHERE id = ? AND expires_at > ?")
                .params(id, Timestamp.from(now))
                .query((rs, n) -> new StoredDraft(
                        rs.getLong("id"),
                        rs.getString("owner"),
                        rs.getString("source"),
                        rs.getString("record"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getObject("meeting_id") == null ? null : rs.getLong("meeting_id")))
                .optional();
    }

    /** Marks the draft confirmed as the meeting, unless it was confirmed already; says whether it marked it. */
    public boolean confirmed(long id, long meetingId) {
        return db.sql(
                                "UPDATE import_draft SET meeting_id = ?, version = version + 1 WHERE id = ? AND meeting_id IS NULL")
                        .params(meetingId, id)
                        .update()
                == 1;
    }

    /** Forgets the drafts that expired before {@code now}. */
    public int forgetExpired(Instant now) {
        return db.sql("DELETE FROM import_draft WHERE expires_at <= ?")
                .param(Timestamp.from(now))
                .update();
    }
}
