package plenary.directory;

import java.time.Instant;

/** The secretariat lifted an account's lock before its time. */
public record AccountUnlocked(long accountId, String username, String by, Instant at) {}
