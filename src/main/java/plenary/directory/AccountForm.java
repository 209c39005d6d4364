package plenary.directory;

import java.util.Set;

/**
 * What the secretariat sends to create or change an account. The password is required on creation and, on
 * change, replaces the old one only when given.
 */
public record AccountForm(String username, String password, Long personId, Set<Role> roles, Boolean enabled,
        Integer version) {
}
