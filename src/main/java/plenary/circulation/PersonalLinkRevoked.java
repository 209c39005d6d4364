package plenary.circulation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * The co-chairs revoked an outside recipient's personal link to a circulation.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record PersonalLinkRevoked(
        long circulationId,
        MemorandumId memorandumId,
        long recipientId,
        String by,
        @Nullable Instant at) {}
