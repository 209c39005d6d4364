package plenary.circulation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.drafting.MemorandumId;

/**
 * A committee supports one wording of an open bracket (the paragraph's own when no amendment is named).
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record SupportGiven(
        MemorandumId memorandumId,
        String bracket,
        CommitteeId committeeId,
        @Nullable Long amendmentId,
        String by,
        @Nullable Instant at) {}
