package plenary.directory.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.AccountView;
import plenary.directory.PlenaryAccount;
import plenary.directory.Role;

/**
 * An account as stored, with its password hash and roles, and its own choice of language and time zone (null: the
 * browser's).
 */
@Table("account")
public record Account(
        @Id @Nullable Long id,
        String username,
        String passwordHash,
        @Nullable Long personId,
        boolean enabled,
        @MappedCollection(idColumn = "account_id") Set<AccountRole> roles,
        @Nullable String language,
        @Nullable String timeZone,
        @Version @Nullable Integer version) {

    public Set<Role> roleSet() {
        return roles.stream().map(AccountRole::role).collect(Collectors.toUnmodifiableSet());
    }

    /** The account as the secretariat sees it, with the time its lock ends if it is locked now. */
    public AccountView view(@Nullable Instant lockedUntil) {
        return new AccountView(saved(id), username, personId, roleSet(), enabled, saved(version), lockedUntil);
    }

    PlenaryAccount signedIn(boolean locked) {
        return new PlenaryAccount(saved(id), username, passwordHash, personId, roleSet(), enabled, locked);
    }

    /** The same account with another choice of language and time zone. */
    public Account withPreferences(@Nullable String language, @Nullable String timeZone) {
        return new Account(id, username, passwordHash, personId, enabled, roles, language, timeZone, version);
    }

    /** A saved account has its id and version; only a new one, not yet saved, has none. */
    static <T> T saved(@Nullable T value) {
        return Objects.requireNonNull(value, "account not saved");
    }

    /** One role of an account. */
    @Table("account_role")
    public record AccountRole(Role role) {}
}
