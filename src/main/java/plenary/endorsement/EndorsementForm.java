package plenary.endorsement;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * A committee's answer, as its representative gives it: a reservation (required when endorsing with one, and only
 * then) may bear on one paragraph, named by its key.
 */
public record EndorsementForm(
        @Nullable Answer answer,
        @MaxLength(2000) @PlainText @Nullable String reservation,
        @MaxLength(40) @PlainText @Nullable String paragraphKey) {}
