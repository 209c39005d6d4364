package plenary.institutions.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form in which names, acronyms and aliases are compared: "The Six-Party Talks" and "six party talks" are
 * the same name, so that a lookup finds it and no second institution can take it.
 */
final class NameKey {

    private static final Pattern DASHES = Pattern.compile("[\\-\u2010-\u2015]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {}

    /** The key of a name, or null for a missing or blank one. */
    static @Nullable String of(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String key = SPACES.matcher(
                        DASHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        if (key.startsWith("the ")) {
            key = key.substring(4).strip();
        }
        return key.isEmpty() ? null : key;
    }
}
