package plenary.directory;

/** The secretariat ({@code by}) deleted an account. */
public record AccountDeleted(long accountId, String username, String by) {}
