package plenary.drafting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import plenary.drafting.MemorandumText;
import tools.jackson.databind.ObjectMapper;

/**
 * Memoranda in the database: the working text with its revision, every revision ever saved, and the frozen
 * versions. A save names the revision it replaces, so that of two saves made at once only one lands.
 */
@Repository
public class MemorandumStore {

    private static final String COLUMNS =
            "id, study_group_id, revision, next_key, text, created_by, created_at, saved_by, saved_at";

    private final JdbcClient db;
    private final ObjectMapper json;

    MemorandumStore(JdbcClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Stores a new memorandum at revision 1 and gives its id. */
    public long insert(long studyGroupId, MemorandumText text, int nextKey, String who, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        db.sql("INSERT INTO memorandum (study_group_id, title, revision, next_key, text, created_by, created_at,"
                        + " saved_by, saved_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)")
                .params(studyGroupId, text.title(), nextKey, write(text), who, ts(at), who, ts(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        revision(id, 1, text, who, at);
        return id;
    }

    /**
     * Replaces the working text if it is still at {@code revision}; false when another save came first.
     */
    public boolean save(StoredMemorandum before, MemorandumText text, int nextKey, String who, Instant at) {
        int next = before.revision() + 1;
        int updated = db.sql("UPDATE memorandum SET title = ?, revision = ?, next_key = ?, text = ?, saved_by = ?,"
                        + " saved_at = ? WHERE id = ? AND revision = ?")
                .params(text.title(), next, nextKey, write(text), who, ts(at), before.id(), before.revision())
                .update();
        if (updated == 0) {
            return false;
        }
        revision(before.id(), next, text, who, at);
        return true;
    }

    public Optional<StoredMemorandum> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM memorandum WHERE id = ?")
                .param(id)
                .query(this::memorandum)
                .optional();
    }

    /** The memorandum, its row locked until the transaction ends: freezing a version takes its number so. */
    public Optional<StoredMemorandum> lock(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM memorandum WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::memorandum)
                .optional();
    }

    public List<StoredMemorandum> all() {
        return db.sql("SELECT " + COLUMNS + " FROM memorandum ORDER BY id")
                .query(this::memorandum)
                .list();
    }

    public List<StoredMemorandum> ofStudyGroup(long studyGroupId) {
        return db.sql("SELECT " + COLUMNS + " FROM memorandum WHERE study_group_id = ? ORDER BY id")
                .param(studyGroupId)
                .query(this::memorandum)
                .list();
    }

    /** The text as it was saved at a revision. */
    public Optional<MemorandumText> atRevision(long id, int revision) {
        return db.sql("SELECT text FROM memorandum_revision WHERE memorandum_id = ? AND revision = ?")
                .params(id, revision)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    public List<FrozenVersion> versions(long id) {
        return db.sql("SELECT number, revision, text, note, frozen_by, frozen_at FROM memorandum_version"
                        + " WHERE memorandum_id = ? ORDER BY number")
                .param(id)
                .query(this::version)
                .list();
    }

    /** How many versions were frozen, without reading their texts: what a list of memoranda shows. */
    /** By memorandum, how many versions each of these has frozen, in one statement (those with none left out). */
    public Map<Long, Integer> versionCounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        db.sql("SELECT memorandum_id, COUNT(*) AS versions FROM memorandum_version"
                        + " WHERE memorandum_id IN (:ids) GROUP BY memorandum_id")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    counts.put(rs.getLong("memorandum_id"), rs.getInt("versions"));
                });
        return counts;
    }

    public Optional<FrozenVersion> version(long id, int number) {
        return db.sql("SELECT number, revision, text, note, frozen_by, frozen_at FROM memorandum_version"
                        + " WHERE memorandum_id = ? AND number = ?")
                .params(id, number)
                .query(this::version)
                .optional();
    }

    /** Freezes the working text as the next version; call it holding the row's {@link #lock}. */
    public FrozenVersion freeze(StoredMemorandum memorandum, String note, String who, Instant at) {
        int number = db.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM memorandum_version WHERE memorandum_id = ?")
                .param(memorandum.id())
                .query(Integer.class)
                .single();
        db.sql("INSERT INTO memorandum_version (memorandum_id, number, revision, text, note, frozen_by, frozen_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(memorandum.id(), number, memorandum.revision(), write(memorandum.text()), note, who, ts(at))
                .update();
        return new FrozenVersion(number, memorandum.revision(), memorandum.text(), note, who, at);
    }

    /** Deletes a memorandum that has no version, with its revisions. */
    public void delete(long id) {
        db.sql("DELETE FROM memorandum_revision WHERE memorandum_id = ?")
                .param(id)
                .update();
        db.sql("DELETE FROM memorandum WHERE id = ?").param(id).update();
    }

    private void revision(long id, int revision, MemorandumText text, String who, Instant at) {
        db.sql("INSERT INTO memorandum_revision (memorandum_id, revision, text, saved_by, saved_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(id, revision, write(text), who, ts(at))
                .update();
    }

    private StoredMemorandum memorandum(ResultSet rs, int row) throws SQLException {
        return new StoredMemorandum(
                rs.getLong("id"),
                rs.getLong("study_group_id"),
                rs.getInt("revision"),
                rs.getInt("next_key"),
                read(rs.getString("text")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("saved_by"),
                rs.getTimestamp("saved_at").toInstant());
    }

    private FrozenVersion version(ResultSet rs, int row) throws SQLException {
        return new FrozenVersion(
                rs.getInt("number"),
                rs.getInt("revision"),
                read(rs.getString("text")),
                rs.getString("note"),
                rs.getString("frozen_by"),
                rs.getTimestamp("frozen_at").toInstant());
    }

    private String write(MemorandumText text) {
        return json.writeValueAsString(text);
    }

    private MemorandumText read(String text) {
        return json.readValue(text, MemorandumText.class);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
