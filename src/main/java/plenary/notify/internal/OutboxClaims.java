package plenary.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import plenary.notify.OutgoingMail;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The dispatcher's side of the outbox table: it claims due messages one row at a time, by a conditional update that
 * only one instance can win, and records what became of each. Each statement commits by itself, so that a claim is
 * seen by the other instances at once.
 */
@Repository
class OutboxClaims {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {};
    private static final String CLAIMABLE =
            "state = 'PENDING' AND next_attempt_at <= :now" + " AND (claimed_until IS NULL OR claimed_until <= :now)";

    private final JdbcClient db;
    private final ObjectMapper json;

    OutboxClaims(JdbcClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Claims up to {@code limit} due messages for {@code claimant} until {@code now + lease}. A row another instance
     * claimed in between is skipped: on PostgreSQL the losing update waits for the winner's row lock and then finds
     * the row no longer claimable, so it changes nothing.
     */
    List<ClaimedMail> claimDue(String claimant, Instant now, Duration lease, int limit) {
        Timestamp at = Timestamp.from(now);
        List<Long> due = db.sql("SELECT id FROM outbox_message WHERE " + CLAIMABLE
                        + " ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY")
                .param("now", at)
                .query(Long.class)
                .list();
        List<ClaimedMail> claimed = new ArrayList<>();
        for (long id : due) {
            int won = db.sql("UPDATE outbox_message SET claimed_by = :claimant, claimed_until = :until"
                            + " WHERE id = :id AND " + CLAIMABLE)
                    .param("claimant", claimant)
                    .param("until", Timestamp.from(now.plus(lease)))
                    .param("id", id)
                    .param("now", at)
                    .update();
            if (won == 1) {
                claimed.add(db.sql("SELECT id, attempts, kind, recipient_email, recipient_name, person_id, facts,"
                                + " not_before, deduplication_key FROM outbox_message WHERE id = ?")
                        .param(id)
                        .query(this::claimed)
                        .single());
            }
        }
        return claimed;
    }

    /** Marks a message sent; false when the claim was lost meanwhile (it expired, and another instance took it). */
    boolean sent(long id, String claimant, String subject, Instant at) {
        return db.sql("UPDATE outbox_message SET state = 'SENT', subject = :subject, sent_at = :at,"
                                + " attempts = attempts + 1, last_error = NULL, claimed_by = NULL, claimed_until = NULL"
                                + " WHERE id = :id AND claimed_by = :claimant AND state = 'PENDING'")
                        .param("subject", subject)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("claimant", claimant)
                        .update()
                == 1;
    }

    /** Drops a message its renderer no longer wants sent. */
    void dropped(long id, String claimant) {
        db.sql("UPDATE outbox_message SET state = 'DROPPED', claimed_by = NULL, claimed_until = NULL"
                        + " WHERE id = :id AND claimed_by = :claimant AND state = 'PENDING'")
                .param("id", id)
                .param("claimant", claimant)
                .update();
    }

    /** Counts a failed attempt, keeps its reason, releases the claim and puts the next attempt off. */
    void failed(long id, String claimant, String error, Instant nextAttempt) {
        db.sql("UPDATE outbox_message SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next,"
                        + " claimed_by = NULL, claimed_until = NULL"
                        + " WHERE id = :id AND claimed_by = :claimant AND state = 'PENDING'")
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("next", Timestamp.from(nextAttempt))
                .param("id", id)
                .param("claimant", claimant)
                .update();
    }

    private ClaimedMail claimed(ResultSet rs, int row) throws SQLException {
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        return new ClaimedMail(
                rs.getLong("id"),
                rs.getInt("attempts"),
                new OutgoingMail(
                        rs.getString("kind"),
                        rs.getString("recipient_email"),
                        rs.getString("recipient_name"),
                        personId,
                        json.readValue(rs.getString("facts"), FACTS),
                        rs.getTimestamp("not_before").toInstant(),
                        rs.getString("deduplication_key")));
    }
}
