package plenary.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.directory.AccountLocked;
import plenary.directory.AddressRefused;
import plenary.directory.SignInFailed;
import plenary.directory.SignedIn;

/**
 * What follows a sign-in, right or wrong: each failure is logged (user name and address, never the password)
 * and counted, an account that fails too often is locked in the database, an address that fails too often is
 * refused; and each of these is published as an event, in a transaction of its own, for the audit.
 */
@Component
@EnableConfigurationProperties(SignInSettings.class)
public class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final SignInThrottle throttle;
    private final SignInSettings settings;
    private final Lockouts lockouts;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Instant> basicRecorded = new ConcurrentHashMap<>();

    SignInAttempts(
            SignInSettings settings,
            Lockouts lockouts,
            AccountRepository accounts,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.throttle = settings.throttle();
        this.settings = settings;
        this.lockouts = lockouts;
        this.accounts = accounts;
        this.events = events;
        this.transaction = transaction;
    }

    Instant now() {
        return clock.instant();
    }

    Optional<Instant> addressRefusedUntil(String address) {
        return throttle.addressRefusedUntil(address, now());
    }

    /** A sign-in refused during a lock: logged, not counted again (the lock is already in the audit). */
    void refused(String username, String address, String why) {
        log.warn("Sign-in refused for '{}' from {}: {}", username, address, why);
    }

    /** A wrong password, unknown user name or disabled account: logged, counted, and perhaps a lock. */
    void failed(String username, String address, String reason) {
        Instant now = now();
        log.warn("Failed sign-in for '{}' from {}: {}", username, address, reason);
        SignInThrottle.Outcome outcome = throttle.failed(username, address, now);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new SignInFailed(username, address, reason, now));
            outcome.lockAccountUntil()
                    .ifPresent(until -> accounts.findByUsername(username).ifPresent(account -> {
                        lockouts.lock(
                                Objects.requireNonNull(account.id()), now, until, outcome.accountFailures(), address);
                        log.warn(
                                "Account '{}' locked until {} after {} failed sign-ins",
                                username,
                                until,
                                outcome.accountFailures());
                        events.publishEvent(new AccountLocked(
                                account.id(), username, outcome.accountFailures(), address, until, now));
                    }));
            outcome.refuseAddressUntil().ifPresent(until -> {
                log.warn(
                        "Address {} refused until {} after {} failed sign-ins",
                        address,
                        until,
                        outcome.addressFailures());
                events.publishEvent(new AddressRefused(address, outcome.addressFailures(), until, now));
            });
        });
    }

    /** A right password: the account's failures are forgotten, and the sign-in recorded (HTTP Basic now and then). */
    void succeeded(long accountId, String username, String address, boolean interactive) {
        throttle.succeeded(username);
        Instant now = now();
        if (!interactive) {
            Instant last = basicRecorded.get(username + " " + address);
            if (last != null && last.plus(settings.basicSignInRecorded()).isAfter(now)) {
                return;
            }
            if (basicRecorded.size() > 10_000) {
                basicRecorded
                        .values()
                        .removeIf(at -> at.plus(settings.basicSignInRecorded()).isBefore(now));
            }
            basicRecorded.put(username + " " + address, now);
        }
        transaction.executeWithoutResult(
                status -> events.publishEvent(new SignedIn(accountId, username, address, interactive, now)));
    }

    /** The secretariat lifted the account's lock: its earlier failures no longer count. */
    public void lifted(String username) {
        throttle.lifted(username);
    }
}
