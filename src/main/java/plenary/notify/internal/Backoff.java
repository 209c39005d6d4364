package plenary.notify.internal;

import java.time.Duration;

/** How long a message that could not be sent waits before the next attempt: doubling from a minute, up to an hour. */
final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {}

    /** The wait after the given number of failed attempts (1 for the first failure). */
    static Duration after(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 16));
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
