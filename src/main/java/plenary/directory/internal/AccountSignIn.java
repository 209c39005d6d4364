package plenary.directory.internal;

import java.time.Instant;
import java.util.Objects;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up for sign-in, by form and by HTTP Basic alike. */
@Component
class AccountSignIn implements UserDetailsService {

    private final AccountRepository accounts;
    private final Lockouts lockouts;

    AccountSignIn(AccountRepository accounts, Lockouts lockouts) {
        this.accounts = accounts;
        this.lockouts = lockouts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> a.signedIn(lockouts.lockedUntil(Objects.requireNonNull(a.id()), Instant.now())
                        .isPresent()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
