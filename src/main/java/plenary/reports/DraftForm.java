package plenary.reports;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * A request to write the report's draft from the meeting's record. Once a report exists the new draft is a new
 * version, which replaces what was edited by hand: {@code version} names the latest version the request was made on.
 */
public record DraftForm(
        @Nullable Integer version,
        @MaxLength(500) @PlainText @Nullable String note) {

    public static DraftForm first() {
        return new DraftForm(null, null);
    }
}
