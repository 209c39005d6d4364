package plenary.directory;

import java.util.Optional;

/** What other modules may read of the accounts: an account that may still sign in, as it would be signed in. */
public interface Accounts {

    /**
     * The account with this id while it is enabled, with its person and roles (a lock after failed sign-ins is left
     * aside: it guards the password, not what the account may read); empty for an unknown or disabled account.
     */
    Optional<PlenaryAccount> enabled(long accountId);
}
