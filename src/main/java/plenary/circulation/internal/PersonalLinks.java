package plenary.circulation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal links of outside recipients: 32 random bytes, base64url, of which only the SHA-256 is kept. A link is
 * good for its one circulation until the deadline and a grace of fourteen days after it (for contributions marked
 * late), unless the co-chairs revoked it.
 */
public final class PersonalLinks {

    /** How long after the deadline a link still opens: late contributions come through it, marked late. */
    public static final Duration GRACE = Duration.ofDays(14);

    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalLinks() {}

    /** A new token, to be sent and never stored. */
    public static String mint() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a token, in hex: what is stored and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** When a link to a circulation with this deadline stops opening. */
    public static Instant expiry(Instant deadline) {
        return deadline.plus(GRACE);
    }
}
