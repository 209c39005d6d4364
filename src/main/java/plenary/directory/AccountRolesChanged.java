package plenary.directory;

import java.util.Set;

/** The secretariat ({@code by}) changed an account's roles from {@code before} to {@code after}. */
public record AccountRolesChanged(long accountId, String username, Set<Role> before, Set<Role> after, String by) {}
