package plenary.directory.internal;

import plenary.kernel.Secret;

/**
 * The text of a personal API token: {@code plenary_} and a {@link Secret}, so that a token found in a log or a
 * repository says what it is.
 */
public final class ApiTokenSecret {

    static final String PREFIX = "plenary_";

    private ApiTokenSecret() {}

    /** A new token, never made before. */
    public static String generate() {
        return Secret.generate(PREFIX);
    }

    /** Whether the text has a token's shape at all: anything else is refused without a lookup. */
    static boolean wellFormed(String token) {
        return Secret.wellFormed(token, PREFIX);
    }

    /** What the database keeps of a token. */
    public static String hash(String token) {
        return Secret.hash(token);
    }
}
