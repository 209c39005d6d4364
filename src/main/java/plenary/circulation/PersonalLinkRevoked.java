package plenary.circulation;

import plenary.drafting.MemorandumId;

/** The co-chairs revoked an outside recipient's personal link to a circulation. */
public record PersonalLinkRevoked(long circulationId, MemorandumId memorandumId, long recipientId, String by) {}
