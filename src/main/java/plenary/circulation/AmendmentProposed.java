package plenary.circulation;

import plenary.drafting.MemorandumId;

/** An amendment was proposed to a paragraph of a circulated version. */
public record AmendmentProposed(
        long circulationId,
        MemorandumId memorandumId,
        long amendmentId,
        AmendmentKind kind,
        String paragraphKey,
        String by,
        boolean late) {}
