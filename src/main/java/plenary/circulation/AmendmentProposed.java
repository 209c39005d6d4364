package plenary.circulation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * An amendment was proposed to a paragraph of a circulated version.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record AmendmentProposed(
        long circulationId,
        MemorandumId memorandumId,
        long amendmentId,
        AmendmentKind kind,
        String paragraphKey,
        String by,
        boolean late,
        @Nullable Instant at) {}
