package plenary.drafting;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** Freezes the memorandum's working text as it stands at {@code version} (its revision), with a note. */
public record VersionForm(
        @MaxLength(500) @PlainText @Nullable String note,
        @Nullable Integer version) {}
