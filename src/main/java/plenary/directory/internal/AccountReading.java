package plenary.directory.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.Accounts;
import plenary.directory.PlenaryAccount;

@Component
@Transactional(readOnly = true)
class AccountReading implements Accounts {

    private final AccountRepository accounts;

    AccountReading(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<PlenaryAccount> enabled(long accountId) {
        return accounts.findById(accountId).filter(Account::enabled).map(a -> a.signedIn(false));
    }
}
