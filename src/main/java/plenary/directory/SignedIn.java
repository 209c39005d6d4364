package plenary.directory;

import java.time.Instant;

/**
 * An account signed in: by the login form ({@code interactive}) each time, by HTTP Basic (which signs in on every
 * request) at most once in a while per account and address.
 */
public record SignedIn(long accountId, String username, String address, boolean interactive, Instant at) {}
