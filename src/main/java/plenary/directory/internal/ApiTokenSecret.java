package plenary.directory.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text of a personal API token: {@code plenary_} and 32 random bytes from {@link SecureRandom} in base64url
 * (43 characters), and the hash it is stored as.
 *
 * <p>The hash is a plain SHA-256, not bcrypt: a password is short and guessable, so its hash must be slow to make
 * guessing each candidate dear; a token is 256 random bits, which no one can guess however fast each guess is,
 * so a fast hash protects it as well and lets each API request be signed in by one lookup instead of ~100 ms of
 * bcrypt. The hash only keeps the token out of the database (a stolen backup gives no working tokens).
 */
public final class ApiTokenSecret {

    static final String PREFIX = "plenary_";
    private static final int BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {}

    /** A new token, never made before (2^256 possibilities). */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has a token's shape at all: anything else is refused without a lookup. */
    static boolean wellFormed(String token) {
        if (token.length() != LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = token.charAt(i);
            boolean base64url =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the token, in lower-case hex (64 characters): what the database keeps. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
