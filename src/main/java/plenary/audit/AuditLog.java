package plenary.audit;

import jakarta.annotation.PostConstruct;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stored audit log: entries are appended and read, never changed or deleted. */
@Repository
class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the chain's head on a new instance's first start: after its migration and a restore from a backup
     * (which brings its own head), before anything is appended. Two instances starting at once write it once.
     */
    @PostConstruct
    private void startChain() {
        try {
            jdbc.sql("INSERT INTO audit_chain (id, last_hash) SELECT 1, ? WHERE NOT EXISTS (SELECT 1 FROM audit_chain)")
                    .param(AuditChain.START)
                    .update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // its head is the one
        }
    }

    /** Appends an entry about now, chained to the last one (see the other {@code append}). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void append(String actor, String action, String subject, @Nullable String detail, @Nullable String address) {
        append(null, actor, action, subject, detail, address);
    }

    /**
     * Appends an entry about what happened at {@code happened} (now when null), chained to the last one. The
     * chain's head row is locked until commit, so that entries appended at once, by threads or by instances of
     * Plenary, are chained one after the other: in the order they are appended, which need not be their times'.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void append(
            @Nullable Instant happened,
            String actor,
            String action,
            String subject,
            @Nullable String detail,
            @Nullable String address) {
        // The database keeps microseconds: hash what it will give back.
        Instant at = (happened == null ? Instant.now() : happened).truncatedTo(ChronoUnit.MICROS);
        String previous = jdbc.sql("SELECT last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                .query(String.class)
                .single();
        String hash = AuditChain.hash(previous, at, actor, action, subject, detail, address);
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor, action, subject, detail, address, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(at.atOffset(ZoneOffset.UTC))
                .param(actor)
                .param(action)
                .param(subject)
                // One by one: param takes a null (no detail, no address), params does not say it does.
                .param(detail)
                .param(address)
                .param(previous)
                .param(hash)
                .update();
        jdbc.sql("UPDATE audit_chain SET last_hash = ? WHERE id = 1")
                .param(hash)
                .update();
    }

    /** A page of entries, latest first, of one action or of all when {@code action} is null. */
    @Transactional(readOnly = true)
    List<AuditEntry> page(@Nullable String action, int page, int size) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE (CAST(? AS VARCHAR(40)) IS NULL OR action = ?) "
                        + "ORDER BY id DESC LIMIT ? OFFSET ?")
                .param(action)
                .param(action)
                .param(size)
                .param((long) page * size)
                .query(AuditLog::entry)
                .list();
    }

    @Transactional(readOnly = true)
    long count(@Nullable String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE (CAST(? AS VARCHAR(40)) IS NULL OR action = ?)")
                .param(action)
                .param(action)
                .query(Long.class)
                .single();
    }

    /**
     * The entries about one subject ("memorandum 12") in the order things happened: by their times, and those of
     * one time in the order they were appended.
     */
    @Transactional(readOnly = true)
    List<AuditEntry> about(String subject) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE subject = ? ORDER BY at, id")
                .param(subject)
                .query(AuditLog::entry)
                .list();
    }

    /** Every entry in the order it was appended, to verify the chain. */
    @Transactional(readOnly = true)
    List<AuditEntry> all() {
        return jdbc.sql("SELECT * FROM audit_entry ORDER BY id")
                .query(AuditLog::entry)
                .list();
    }

    /** The hash the last entry appended must have: the head of the chain. */
    @Transactional(readOnly = true)
    String head() {
        return jdbc.sql("SELECT last_hash FROM audit_chain WHERE id = 1")
                .query(String.class)
                .single();
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("detail"),
                rs.getString("address"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
