package plenary.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Lets the demo act as one of its accounts for a piece of work, signed in as the person would be (the account as
 * sign-in finds it), so that what they write is attributed to them and every rule on who may do it applies; then
 * restores whoever was signed in.
 */
@Component
class DemoSignIn {

    private final UserDetailsService accounts;

    DemoSignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    <T> T as(String username, Supplier<T> work) {
        UserDetails account = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }
}
