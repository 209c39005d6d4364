package plenary.audit;

import java.time.Instant;

/** One entry of the audit log: when, who, what was done to what, and from where; chained by its hashes. */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String action,
        String subject,
        String detail,
        String address,
        String previousHash,
        String hash) {}
