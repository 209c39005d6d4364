package plenary.circulation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * A comment (or a reply) was made on a paragraph of a circulated version.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record CommentMade(
        long circulationId,
        MemorandumId memorandumId,
        long commentId,
        String paragraphKey,
        String by,
        boolean late,
        @Nullable Instant at) {}
