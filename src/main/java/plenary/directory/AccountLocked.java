package plenary.directory;

import java.time.Instant;

/** An account was locked after too many failed sign-ins; until then even its right password is refused. */
public record AccountLocked(long accountId, String username, int failures, String address, Instant until, Instant at) {}
