package plenary.circulation;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * An amendment to a paragraph of the circulated version (by its key): a new paragraph inserted after it, its words
 * replaced, or it deleted; the text where needed and the rationale. After the deadline it is accepted only when it
 * says {@code late}.
 */
public record AmendmentForm(
        @Nullable AmendmentKind kind,
        @MaxLength(40) @PlainText @Nullable String paragraphKey,
        @MaxLength(10_000) @PlainText @Nullable String text,
        @MaxLength(5000) @PlainText @Nullable String rationale,
        @Nullable Boolean late) {}
