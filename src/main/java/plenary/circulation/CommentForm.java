package plenary.circulation;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * A comment on a paragraph of the circulated version (by its key), or a reply to an earlier comment; after the
 * deadline it is accepted only when it says {@code late}.
 */
public record CommentForm(
        @MaxLength(40) @PlainText @Nullable String paragraphKey,
        @Nullable Long replyTo,
        @MaxLength(10_000) @PlainText @Nullable String text,
        @Nullable Boolean late) {}
