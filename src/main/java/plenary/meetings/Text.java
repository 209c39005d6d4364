package plenary.meetings;

import org.jspecify.annotations.Nullable;

/** Text as it is stored: stripped, and absent rather than blank. */
final class Text {

    private Text() {}

    static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
