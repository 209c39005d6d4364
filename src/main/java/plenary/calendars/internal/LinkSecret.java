package plenary.calendars.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a calendar link: 32 random bytes from {@link SecureRandom} in base64url (43 characters), and the
 * SHA-256 it is stored as. As with API tokens, a fast hash is enough for 256 random bits: it keeps working links
 * out of a stolen backup, and a feed request costs one lookup.
 */
public final class LinkSecret {

    private static final int BYTES = 32;
    private static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSecret() {}

    /** A new secret, never made before (2^256 possibilities). */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has a secret's shape at all: anything else is refused without a lookup. */
    public static boolean wellFormed(String secret) {
        if (secret.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = secret.charAt(i);
            boolean base64url =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the secret, in lower-case hex (64 characters): what the database keeps. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
