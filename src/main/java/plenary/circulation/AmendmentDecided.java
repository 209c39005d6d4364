package plenary.circulation;

import plenary.drafting.MemorandumId;

/** The co-chairs decided on an amendment; an accepted or merged one changed the working text. */
public record AmendmentDecided(
        long circulationId,
        MemorandumId memorandumId,
        long amendmentId,
        AmendmentDecision decision,
        String paragraphKey,
        String by) {}
