package plenary.directory;

/** A personal API token was revoked, by its account or by the secretariat ({@code by}). */
public record ApiTokenRevoked(long accountId, String username, long tokenId, String name, String by) {}
