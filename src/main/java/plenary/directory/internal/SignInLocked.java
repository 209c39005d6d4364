package plenary.directory.internal;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password was looked at, because the account is locked or the address refused;
 * its message is the sentence the login page and the API show.
 */
class SignInLocked extends LockedException {

    SignInLocked(String message) {
        super(message);
    }
}
