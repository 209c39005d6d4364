package plenary.directory.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of failed sign-ins ({@code plenary.sign-in.*}): per account and per address, how many failures within
 * which window lead to how long a lock; and how often an HTTP Basic sign-in of one account is recorded.
 */
@ConfigurationProperties("plenary.sign-in")
record SignInSettings(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("15m") Duration accountWindow,
        @DefaultValue("15m") Duration accountLockout,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("15m") Duration addressLockout,
        @DefaultValue("1h") Duration basicSignInRecorded) {

    SignInThrottle throttle() {
        return new SignInThrottle(
                new SignInThrottle.Limit(accountFailures, accountWindow, accountLockout),
                new SignInThrottle.Limit(addressFailures, addressWindow, addressLockout));
    }
}
