package plenary.directory.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up for sign-in, by form and by HTTP Basic alike. */
@Component
class AccountSignIn implements UserDetailsService {

    private final AccountRepository accounts;

    AccountSignIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username).map(Account::signedIn)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
