package plenary.endorsement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * The Steering Committee decided on the memorandum: approved it (perhaps with changes) or returned it.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record SteeringCommitteeDecided(
        MemorandumId memorandumId,
        Decision decision,
        @Nullable String text,
        String by,
        @Nullable Instant at) {}
