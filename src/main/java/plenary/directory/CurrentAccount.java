package plenary.directory;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on this thread, and a way for Plenary itself to act as the secretariat. */
public final class CurrentAccount {

    private CurrentAccount() {}

    /** The signed-in account, or empty for the public. */
    public static Optional<PlenaryAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PlenaryAccount account
                ? Optional.of(account)
                : Optional.empty();
    }

    public static boolean isSecretariat() {
        return get().map(a -> a.has(Role.SECRETARIAT)).orElse(false);
    }

    /** The person the signed-in account speaks for, if any. */
    public static Optional<Long> personId() {
        return get().map(PlenaryAccount::personId);
    }

    /**
     * Runs work as Plenary's own secretariat, for what the system does by itself at start (the first admin,
     * the demo record), then restores whoever was signed in.
     */
    public static <T> T asSystem(Supplier<T> work) {
        return as(new PlenaryAccount(0, "plenary", "", null, Set.of(Role.SECRETARIAT), true), work);
    }

    /**
     * Runs work as the account, signed in for that work alone, then restores whoever was signed in: for a request
     * that speaks for an account without signing it in (a calendar feed's private link).
     */
    public static <T> T as(PlenaryAccount account, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
