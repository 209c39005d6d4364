package plenary.instances;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks held across every instance on the one database, one row of table {@code instance_lock} each. {@link
 * #oneAtATime} holds the row's lock for a transaction: a second instance waits, then finds the work done. {@link
 * #ifFree} leases the row for work that runs outside one transaction; another instance skips it meanwhile.
 */
@Component
public class InstanceLocks {

    // H2 gives up waiting for a row lock after seconds and PostgreSQL never does: the wait is tried again until then.
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String holder;

    /** Locks in the {@code instance_lock} table that {@code db} reaches, each taken in a transaction of its own. */
    public InstanceLocks(JdbcClient db, TransactionTemplate transaction) {
        this.db = db;
        this.transaction = transaction;
        this.clock = Clock.systemUTC();
        // The process (pid@host): the one that may release the lease it took.
        this.holder = ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Runs {@code work} in a transaction that holds the lock {@code name}, waiting while another instance holds it;
     * the lock goes with the transaction's end. The work should first look whether it was done meanwhile.
     */
    public <T> @Nullable T oneAtATime(String name, Supplier<@Nullable T> work) {
        Instant giveUp = clock.instant().plus(LONGEST_WAIT);
        while (true) {
            try {
                return transaction.execute(status -> {
                    lock(name);
                    return work.get();
                });
            } catch (TransientDataAccessException e) {
                // H2's lock timeout (a QueryTimeoutException), or a deadlock PostgreSQL broke: wait again.
                if (clock.instant().isAfter(giveUp)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs {@code work} unless another instance holds the lease {@code name}; the lease lasts until the work ends,
     * or for {@code lease} at most (an instance that stops in between leaves it). True when the work ran.
     */
    public boolean ifFree(String name, Duration lease, Runnable work) {
        Boolean won = oneAtATime(name, () -> {
            Instant now = clock.instant();
            Optional<Timestamp> heldUntil = db.sql("SELECT held_until FROM instance_lock WHERE name = ?")
                    .param(name)
                    .query(Timestamp.class)
                    .optional();
            if (heldUntil.isPresent() && heldUntil.get().toInstant().isAfter(now)) {
                return false;
            }
            db.sql("UPDATE instance_lock SET held_until = ?, held_by = ? WHERE name = ?")
                    .params(Timestamp.from(now.plus(lease)), holder, name)
                    .update();
            return true;
        });
        if (!Boolean.TRUE.equals(won)) {
            return false;
        }
        try {
            work.run();
        } finally {
            db.sql("UPDATE instance_lock SET held_until = NULL, held_by = NULL WHERE name = ? AND held_by = ?")
                    .params(name, holder)
                    .update();
        }
        return true;
    }

    private void lock(String name) {
        if (db.sql("SELECT name FROM instance_lock WHERE name = ? FOR UPDATE")
                .param(name)
                .query(String.class)
                .optional()
                .isEmpty()) {
            throw new IllegalArgumentException("No lock named " + name + " (table instance_lock)");
        }
    }
}
