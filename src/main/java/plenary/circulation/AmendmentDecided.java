package plenary.circulation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * The co-chairs decided on an amendment; an accepted or merged one changed the working text.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record AmendmentDecided(
        long circulationId,
        MemorandumId memorandumId,
        long amendmentId,
        AmendmentDecision decision,
        String paragraphKey,
        String by,
        @Nullable Instant at) {}
