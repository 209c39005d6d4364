package plenary.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets Plenary hands out and keeps only as hashes: personal API tokens, calendar links, the personal links of
 * a circulation's outside recipients. Each is 32 random bytes from {@link SecureRandom} in base64url (43 characters)
 * after an optional prefix that says what it is ({@code plenary_} for tokens), and is stored as its SHA-256.
 *
 * <p>The hash is a plain SHA-256, not bcrypt: a password is short and guessable, so its hash must be slow to make
 * guessing each candidate dear; a secret of 256 random bits cannot be guessed however fast each guess is, so a
 * fast hash protects it as well and lets each use cost one lookup. The hash only keeps working secrets out of the
 * database (a stolen backup gives none).
 */
public final class Secret {

    private static final int BYTES = 32;
    private static final int ENCODED_LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secret() {}

    /** A new secret after the prefix, never made before (2^256 possibilities). */
    public static String generate(String prefix) {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a secret with this prefix: anything else is refused without a lookup. */
    public static boolean wellFormed(String text, String prefix) {
        if (text.length() != prefix.length() + ENCODED_LENGTH || !text.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < text.length(); i++) {
            char c = text.charAt(i);
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
