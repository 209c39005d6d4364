package plenary.directory;

import java.util.Set;

/** An account as the secretariat sees it; the password hash never leaves the directory. */
public record AccountView(long id, String username, Long personId, Set<Role> roles, boolean enabled, int version) {
}
