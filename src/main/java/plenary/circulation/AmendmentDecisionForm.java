package plenary.circulation;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * The co-chairs' decision on an amendment: the {@code reason} a rejection gives its author, the {@code text} of
 * their own wording for a merge.
 */
public record AmendmentDecisionForm(
        @Nullable AmendmentDecision decision,
        @MaxLength(REASON_LENGTH) @PlainText @Nullable String reason,
        @MaxLength(10_000) @PlainText @Nullable String text) {

    /** The longest reason a rejection gives, from the API or from the page's one field for reason and wording. */
    static final int REASON_LENGTH = 5000;
}
