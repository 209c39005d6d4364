package plenary.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;
import plenary.notify.QueuedMail;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The outbox in the database: messages queued with the caller's transaction (the dispatcher is nudged when it
 * commits), and read back for a person.
 */
@Repository
public class OutboxTable implements Outbox {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {};

    private final JdbcClient db;
    private final ObjectMapper json;
    private final Clock clock;
    private final Runnable afterCommit;

    @Autowired
    OutboxTable(JdbcClient db, ObjectMapper json, OutboxSchedule schedule) {
        this(db, json, Clock.systemUTC(), schedule::nudge);
    }

    OutboxTable(JdbcClient db, ObjectMapper json, Clock clock, Runnable afterCommit) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp notBefore = Timestamp.from(mail.notBefore());
        // Portable on H2 and PostgreSQL, and no failed insert to abort the caller's transaction on PostgreSQL.
        db.sql("INSERT INTO outbox_message (kind, recipient_email, recipient_name, person_id, facts,"
                        + " deduplication_key, state, not_before, queued_at, next_attempt_at)"
                        + " SELECT ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ? FROM (VALUES (0)) AS one (x)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM outbox_message WHERE deduplication_key = ?)")
                .params(
                        mail.kind(),
                        mail.recipientEmail(),
                        mail.recipientName(),
                        mail.personId(),
                        json.writeValueAsString(mail.facts()),
                        mail.deduplicationKey(),
                        notBefore,
                        now,
                        notBefore,
                        mail.deduplicationKey())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueuedMail> forPerson(long personId) {
        return db.sql("SELECT id, kind, recipient_email, subject, facts, queued_at, sent_at, state FROM outbox_message"
                        + " WHERE person_id = ? AND state <> 'DROPPED' ORDER BY queued_at DESC, id DESC")
                .param(personId)
                .query(this::queued)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueuedMail> sent(String kind, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT id, kind, recipient_email, subject, facts, queued_at, sent_at, state FROM outbox_message"
                        + " WHERE person_id IN (:people) AND kind = :kind AND state = 'SENT'"
                        + " ORDER BY queued_at DESC, id DESC")
                .param("people", personIds.stream().distinct().toList())
                .param("kind", kind)
                .query(this::queued)
                .list();
    }

    private QueuedMail queued(ResultSet rs, int row) throws SQLException {
        return new QueuedMail(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("recipient_email"),
                rs.getString("subject"),
                json.readValue(rs.getString("facts"), FACTS),
                rs.getTimestamp("queued_at").toInstant(),
                instant(rs.getTimestamp("sent_at")),
                rs.getString("state"));
    }

    private static java.time.@Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
