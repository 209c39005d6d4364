package plenary.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log: when, who, what was done to what, and from where; chained by its hashes. Only the
 * time, the action and the hashes are sure to be there: the table allows the rest to be empty.
 */
public record AuditEntry(
        long id,
        Instant at,
        @Nullable String actor,
        String action,
        @Nullable String subject,
        @Nullable String detail,
        @Nullable String address,
        String previousHash,
        String hash) {}
