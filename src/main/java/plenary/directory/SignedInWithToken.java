package plenary.directory;

import java.time.Instant;

/**
 * An API request signed in with a personal API token: like HTTP Basic, recorded at most once in a while per
 * token and address.
 */
public record SignedInWithToken(
        long accountId, String username, long tokenId, String name, String address, Instant at) {}
