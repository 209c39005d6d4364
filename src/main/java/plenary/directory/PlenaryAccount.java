package plenary.directory;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account: who it is, which person it speaks for, and its roles. */
public final class PlenaryAccount implements UserDetails {

    private final long accountId;
    private final String username;
    private final String passwordHash;
    private final @Nullable Long personId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;

    PlenaryAccount(
            long accountId,
            String username,
            String passwordHash,
            @Nullable Long personId,
            Set<Role> roles,
            boolean enabled) {
        this(accountId, username, passwordHash, personId, roles, enabled, false);
    }

    /** An account that may be {@code locked} after too many failed sign-ins, when even its password is refused. */
    public PlenaryAccount(
            long accountId,
            String username,
            String passwordHash,
            @Nullable Long personId,
            Set<Role> roles,
            boolean enabled,
            boolean locked) {
        this.locked = locked;
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
    }

    public long accountId() {
        return accountId;
    }

    /** The person this account belongs to, if any (the first admin has none). */
    public @Nullable Long personId() {
        return personId;
    }

    Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}
