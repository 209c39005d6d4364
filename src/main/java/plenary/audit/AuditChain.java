package plenary.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit log: each entry's hash is the SHA-256 of the previous entry's hash and the entry's
 * own content, so that changing, removing or reordering an entry breaks every hash after it.
 */
final class AuditChain {

    static final String START = "0".repeat(64);

    private AuditChain() {}

    static String hash(
            String previousHash,
            Instant at,
            @Nullable String actor,
            String action,
            @Nullable String subject,
            @Nullable String detail,
            @Nullable String address) {
        StringBuilder content = new StringBuilder();
        // Each field with its length, so that moving text from one field to the next changes the hash.
        for (String field : new String[] {
            previousHash, DateTimeFormatter.ISO_INSTANT.format(at), actor, action, subject, detail, address
        }) {
            content.append(field == null ? "-1:" : field.length() + ":" + field).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    static String hash(AuditEntry e) {
        return hash(e.previousHash(), e.at(), e.actor(), e.action(), e.subject(), e.detail(), e.address());
    }

    /**
     * The first entry, in order, whose hashes do not follow from the one before, or (when the last entries were
     * removed, so that no entry has the hash of the chain's {@code head}, read before the entries) the number after
     * the last one left; empty when the chain holds.
     */
    static Optional<Long> firstBroken(List<AuditEntry> entries, String head) {
        String previous = START;
        boolean headSeen = START.equals(head);
        long last = 0;
        for (AuditEntry entry : entries) {
            if (!entry.previousHash().equals(previous) || !entry.hash().equals(hash(entry))) {
                return Optional.of(entry.id());
            }
            previous = entry.hash();
            headSeen |= previous.equals(head);
            last = entry.id();
        }
        return headSeen ? Optional.empty() : Optional.of(last + 1);
    }
}
