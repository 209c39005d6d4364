package plenary.circulation;

import plenary.drafting.MemorandumId;

/** A comment (or a reply) was made on a paragraph of a circulated version. */
public record CommentMade(
        long circulationId, MemorandumId memorandumId, long commentId, String paragraphKey, String by, boolean late) {}
