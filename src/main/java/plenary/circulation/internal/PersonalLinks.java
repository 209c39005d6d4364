package plenary.circulation.internal;

import java.time.Duration;
import java.time.Instant;
import plenary.kernel.Secret;

/**
 * Personal links of outside recipients: a {@link Secret}, of which only the hash is kept. A link is
 * good for its one circulation until the deadline and a grace of fourteen days after it (for contributions marked
 * late), unless the co-chairs revoked it.
 */
public final class PersonalLinks {

    /** How long after the deadline a link still opens: late contributions come through it, marked late. */
    public static final Duration GRACE = Duration.ofDays(14);

    private PersonalLinks() {}

    /** A new token, to be sent and never stored. */
    public static String mint() {
        return Secret.generate("");
    }

    /** What is stored and looked up of a token. */
    public static String hash(String token) {
        return Secret.hash(token);
    }

    /** When a link to a circulation with this deadline stops opening. */
    public static Instant expiry(Instant deadline) {
        return deadline.plus(GRACE);
    }
}
