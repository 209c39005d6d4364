package plenary.directory.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import plenary.directory.PlenaryAccount;

/**
 * Signs in by user name and password (login form and HTTP Basic alike), refusing before the password is even
 * compared an address that failed too often (here) and a locked account (whose {@link PlenaryAccount} says so,
 * which Spring Security checks first), so that during a lock the right password does not get through; and tells
 * {@link SignInAttempts} how each attempt ended.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final Lockouts lockouts;
    private final AccountRepository accounts;

    ThrottledSignIn(
            AccountSignIn signIn,
            PasswordEncoder encoder,
            SignInAttempts attempts,
            Lockouts lockouts,
            AccountRepository accounts) {
        this.passwords = new DaoAuthenticationProvider(signIn);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.lockouts = lockouts;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        Optional<Instant> addressRefused = attempts.addressRefusedUntil(address);
        if (addressRefused.isPresent()) {
            attempts.refused(username, address, "address refused until " + addressRefused.get());
            throw new SignInLocked("Too many failed sign-ins came from your address; it may try again after "
                    + TIME.format(addressRefused.get()) + ".");
        }
        try {
            Authentication signedIn = passwords.authenticate(withinBcryptsLimit(attempt));
            // An authenticated token always carries its principal.
            PlenaryAccount account = (PlenaryAccount) Objects.requireNonNull(signedIn.getPrincipal());
            attempts.succeeded(account.accountId(), username, address, interactive());
            return signedIn;
        } catch (LockedException e) {
            // A locked account (AccountSignIn) is refused before its password is compared.
            Instant until = accounts.findByUsername(username)
                    .flatMap(account -> lockouts.lockedUntil(Objects.requireNonNull(account.id()), attempts.now()))
                    .orElse(attempts.now());
            attempts.refused(username, address, "account locked until " + until);
            throw new SignInLocked("This account is locked after too many failed sign-ins, until " + TIME.format(until)
                    + "; the secretariat can lift the lock sooner.");
        } catch (BadCredentialsException e) {
            attempts.failed(username, address, "wrong user name or password");
            throw e;
        } catch (AccountStatusException e) {
            attempts.failed(username, address, e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    // No stored password is longer than 72 bytes, and bcrypt refuses to compare one that is: a plain wrong password.
    private static Authentication withinBcryptsLimit(Authentication attempt) {
        Object password = attempt.getCredentials();
        if (password instanceof String p && p.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new BadCredentialsException("Bad credentials");
        }
        return attempt;
    }

    // The login form posts to /login; everything else that brings a password is HTTP Basic.
    private static boolean interactive() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && isFormLogin(attributes.getRequest());
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }
}
