package plenary.circulation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Support in open brackets in the database: one row a committee and a bracket. */
@Repository
public class SupportTables {

    private final JdbcClient db;

    SupportTables(JdbcClient db) {
        this.db = db;
    }

    /** Records the committee's support in the bracket, replacing what it supported there before. */
    public void give(
            long memorandumId,
            String bracket,
            long committeeId,
            @Nullable Long amendmentId,
            String wording,
            String by,
            Instant at) {
        withdraw(memorandumId, bracket, committeeId);
        db.sql("INSERT INTO circulation_support (memorandum_id, bracket, committee_id, amendment_id, wording,"
                        + " given_by, given_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(memorandumId, bracket, committeeId, amendmentId, wording, by, Timestamp.from(at)))
                .update();
    }

    /** Takes the committee's support in the bracket back; answers whether there was any. */
    public boolean withdraw(long memorandumId, String bracket, long committeeId) {
        return db.sql("DELETE FROM circulation_support WHERE memorandum_id = ? AND bracket = ? AND committee_id = ?")
                        .params(memorandumId, bracket, committeeId)
                        .update()
                > 0;
    }

    /** Support for an amendment's wording becomes support for the paragraph's own, the words seen kept. */
    public void moveToParagraph(long amendmentId) {
        db.sql("UPDATE circulation_support SET amendment_id = NULL, version = version + 1 WHERE amendment_id = ?")
                .param(amendmentId)
                .update();
    }

    public List<StoredSupport> ofMemorandum(long memorandumId) {
        return db.sql("SELECT id, bracket, committee_id, amendment_id, wording, given_by FROM circulation_support"
                        + " WHERE memorandum_id = ? ORDER BY id")
                .param(memorandumId)
                .query((rs, n) -> {
                    long amendment = rs.getLong("amendment_id");
                    Long amendmentId = rs.wasNull() ? null : amendment;
                    return new StoredSupport(
                            rs.getLong("id"),
                            rs.getString("bracket"),
                            rs.getLong("committee_id"),
                            amendmentId,
                            rs.getString("wording"),
                            rs.getString("given_by"));
                })
                .list();
    }
}
