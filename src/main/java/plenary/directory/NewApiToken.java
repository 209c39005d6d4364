package plenary.directory;

import java.time.Instant;

/**
 * A personal API token just made, with the token itself ({@code token}): the only time it is shown, as Plenary
 * keeps its hash alone.
 */
public record NewApiToken(
        long id, String name, ApiTokenScope scope, Instant createdAt, Instant expiresAt, String token) {}
