package plenary.circulation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.drafting.MemorandumId;

/**
 * A committee took back its support in an open bracket.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record SupportWithdrawn(
        MemorandumId memorandumId,
        String bracket,
        CommitteeId committeeId,
        String by,
        @Nullable Instant at) {}
