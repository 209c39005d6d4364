package plenary.web;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The sentence a refused sign-in shows. A lock (of the account or of the address) says so and until when, in
 * the directory's own words: user names in Plenary are not secrets (the secretariat gives them, and they are
 * often plain role names), and a clear answer saves a call to the secretariat. Anything else — wrong password,
 * unknown user name, disabled account — gets one answer, so that it tells nothing about the account.
 */
final class SignInRefusals {

    static final String WRONG = "Wrong user name or password.";

    private SignInRefusals() {}

    static String sentence(AuthenticationException e) {
        return e instanceof LockedException && e.getMessage() != null ? e.getMessage() : WRONG;
    }
}
