package plenary.directory;

import java.util.Set;

/** The secretariat ({@code by}) made an account with these roles. */
public record AccountCreated(long accountId, String username, Set<Role> roles, String by) {}
