package plenary.directory;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as the secretariat sees it; the password hash never leaves the directory. {@code lockedUntil} is
 * set while the account is locked after too many failed sign-ins.
 */
public record AccountView(
        long id,
        String username,
        @Nullable Long personId,
        Set<Role> roles,
        boolean enabled,
        int version,
        @Nullable Instant lockedUntil) {}
