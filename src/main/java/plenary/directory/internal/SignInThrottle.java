package plenary.directory.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per address in a sliding window, and says when a count reaches its
 * limit. Plain Java and in memory: the locks it leads to are kept elsewhere (an account's in the database).
 */
final class SignInThrottle {

    /** At most {@code failures} failed sign-ins within {@code window}; then refused for {@code lockout}. */
    record Limit(int failures, Duration window, Duration lockout) {}

    /** What one more failure led to: a lock of the account or a refusal of the address, each until a time. */
    record Outcome(
            int accountFailures,
            Optional<Instant> lockAccountUntil,
            int addressFailures,
            Optional<Instant> refuseAddressUntil) {}

    // Beyond this many keys, those without a recent failure are dropped, so that sprayed names cost no memory.
    private static final int MAX_KEYS = 10_000;

    private final Limit perAccount;
    private final Limit perAddress;
    private final Map<String, Deque<Instant>> accountFailures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addressFailures = new ConcurrentHashMap<>();
    private final Map<String, Instant> refusedAddresses = new ConcurrentHashMap<>();

    SignInThrottle(Limit perAccount, Limit perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Until when the address is refused, if it is. */
    Optional<Instant> addressRefusedUntil(String address, Instant now) {
        Instant until = refusedAddresses.get(address);
        if (until != null && !until.isAfter(now)) {
            refusedAddresses.remove(address, until);
            return Optional.empty();
        }
        return Optional.ofNullable(until);
    }

    Outcome failed(String username, String address, Instant now) {
        int forAccount = count(accountFailures, key(username), perAccount, now);
        int forAddress = count(addressFailures, address, perAddress, now);
        Optional<Instant> lockAccount = Optional.empty();
        Optional<Instant> refuseAddress = Optional.empty();
        if (forAccount >= perAccount.failures()) {
            accountFailures.remove(key(username));
            lockAccount = Optional.of(now.plus(perAccount.lockout()));
        }
        if (forAddress >= perAddress.failures()) {
            if (refusedAddresses.size() > MAX_KEYS) {
                refusedAddresses.values().removeIf(until -> !until.isAfter(now));
            }
            addressFailures.remove(address);
            refuseAddress = Optional.of(now.plus(perAddress.lockout()));
            refusedAddresses.put(address, refuseAddress.get());
        }
        return new Outcome(forAccount, lockAccount, forAddress, refuseAddress);
    }

    /**
     * A right password forgets the account's earlier failures (not the address's: one good account must not reset it).
     */
    void succeeded(String username) {
        accountFailures.remove(key(username));
    }

    /** The secretariat lifted the account's lock: it starts again from no failures. */
    void lifted(String username) {
        accountFailures.remove(key(username));
    }

    private static int count(Map<String, Deque<Instant>> failures, String key, Limit limit, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(times -> recent(times, limit, now) == 0);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            return recent(times, limit, now);
        }
    }

    private static int recent(Deque<Instant> times, Limit limit, Instant now) {
        synchronized (times) {
            Instant since = now.minus(limit.window());
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
