package plenary.directory.internal;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.AccountView;
import plenary.directory.PlenaryAccount;
import plenary.directory.Role;

/** An account as stored, with its password hash and roles. */
@Table("account")
public record Account(
        @Id Long id,
        String username,
        String passwordHash,
        Long personId,
        boolean enabled,
        @MappedCollection(idColumn = "account_id") Set<AccountRole> roles,
        @Version Integer version) {

    public Set<Role> roleSet() {
        return roles.stream().map(AccountRole::role).collect(Collectors.toUnmodifiableSet());
    }

    /** The account as the secretariat sees it, with the time its lock ends if it is locked now. */
    public AccountView view(Instant lockedUntil) {
        return new AccountView(id, username, personId, roleSet(), enabled, version, lockedUntil);
    }

    PlenaryAccount signedIn(boolean locked) {
        return new PlenaryAccount(id, username, passwordHash, personId, roleSet(), enabled, locked);
    }

    /** One role of an account. */
    @Table("account_role")
    public record AccountRole(Role role) {}
}
