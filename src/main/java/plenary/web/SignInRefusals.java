package plenary.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The sentence a refused sign-in shows. A lock (of the account or of the address) says so and until when, in
 * the directory's own words: user names in Plenary are not secrets (the secretariat gives them, and they are
 * often plain role names), and a clear answer saves a call to the secretariat. Anything else — wrong password,
 * unknown user name, disabled account — gets one answer, so that it tells nothing about the account; the page says
 * that answer in the reader's language.
 */
final class SignInRefusals {

    static final String WRONG = "Wrong user name or password.";

    private SignInRefusals() {}

    /** The sentence the API answers (in English, as all of the API's problem details are). */
    static String sentence(AuthenticationException e) {
        String lock = lock(e);
        return lock != null ? lock : WRONG;
    }

    /** The lock's own sentence (in the directory's words, with its end), or null: the page then says "wrong". */
    static @Nullable String lock(AuthenticationException e) {
        return e instanceof LockedException && e.getMessage() != null ? e.getMessage() : null;
    }
}
