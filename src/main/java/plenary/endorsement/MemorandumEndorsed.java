package plenary.endorsement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.drafting.MemorandumId;

/**
 * A committee answered on a version of the memorandum: endorsed (with a reservation or not), objected, abstained.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record MemorandumEndorsed(
        MemorandumId memorandumId,
        int versionNumber,
        CommitteeId committeeId,
        Answer answer,
        @Nullable String reservation,
        @Nullable String paragraphKey,
        String by,
        @Nullable Instant at) {}
