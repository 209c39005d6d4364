package plenary.directory.internal;

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
public record Account(@Id Long id, String username, String passwordHash, Long personId, boolean enabled,
        @MappedCollection(idColumn = "account_id") Set<AccountRole> roles, @Version Integer version) {

    public Set<Role> roleSet() {
        return roles.stream().map(AccountRole::role).collect(Collectors.toUnmodifiableSet());
    }

    public AccountView view() {
        return new AccountView(id, username, personId, roleSet(), enabled, version);
    }

    public PlenaryAccount signedIn() {
        return new PlenaryAccount(id, username, passwordHash, personId, roleSet(), enabled);
    }

    /** One role of an account. */
    @Table("account_role")
    public record AccountRole(Role role) {
    }
}
