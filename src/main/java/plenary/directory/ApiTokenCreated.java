package plenary.directory;

import java.time.Instant;

/** An account made itself a personal API token of this scope, expiring then. */
public record ApiTokenCreated(
        long accountId, String username, long tokenId, String name, ApiTokenScope scope, Instant expiresAt) {}
