package plenary.endorsement;

import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/** The Steering Committee decided on the memorandum: approved it (perhaps with changes) or returned it. */
public record SteeringCommitteeDecided(
        MemorandumId memorandumId,
        Decision decision,
        @Nullable String text,
        String by) {}
