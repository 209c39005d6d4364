package plenary.circulation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * A version of a memorandum was circulated to recipients until a deadline.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record CirculationSent(
        long circulationId,
        MemorandumId memorandumId,
        int version,
        Instant deadline,
        int recipients,
        String by,
        @Nullable Instant at) {}
