package plenary.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its account sees it: never the token itself, which is shown once, when it is made. */
public record ApiTokenView(
        long id,
        String name,
        ApiTokenScope scope,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    /** Whether the token still signs in at this moment (neither revoked nor expired). */
    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
