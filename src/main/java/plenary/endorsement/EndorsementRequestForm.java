package plenary.endorsement;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** The co-chairs' request that the committees endorse a frozen version, with a note to them. */
public record EndorsementRequestForm(
        @Nullable Integer versionNumber,
        @MaxLength(2000) @PlainText @Nullable String note) {}
