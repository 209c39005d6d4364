package plenary.directory.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts locked after too many failed sign-ins, as stored; a lock past its time counts for nothing. */
@Repository
public class Lockouts {

    private final JdbcClient jdbc;

    Lockouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when the account is locked, if it is now. */
    public Optional<Instant> lockedUntil(long accountId, Instant now) {
        return jdbc.sql("SELECT locked_until FROM account_lockout WHERE account_id = ?")
                .param(accountId)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .filter(now::isBefore);
    }

    void lock(long accountId, Instant at, Instant until, int failures, String address) {
        jdbc.sql("DELETE FROM account_lockout WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql(
                        "INSERT INTO account_lockout (account_id, locked_at, locked_until, failures, address) VALUES (?, ?, ?, ?, ?)")
                .params(accountId, utc(at), utc(until), failures, address)
                .update();
    }

    /** Lifts the account's lock; answers whether there was one in force. */
    public boolean lift(long accountId, Instant now) {
        boolean inForce = lockedUntil(accountId, now).isPresent();
        jdbc.sql("DELETE FROM account_lockout WHERE account_id = ?")
                .param(accountId)
                .update();
        return inForce;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
