package plenary.endorsement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * The memorandum went to a meeting of the Steering Committee.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record MemorandumSubmitted(
        MemorandumId memorandumId,
        int versionNumber,
        String meeting,
        LocalDate meetingOn,
        String by,
        @Nullable Instant at) {}
