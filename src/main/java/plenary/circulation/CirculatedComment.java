package plenary.circulation;

import plenary.circulation.CirculationView.Comment;
import plenary.drafting.MemorandumId;

/** One comment with where it was made: its circulation, and the memorandum and version circulated. */
public record CirculatedComment(long circulationId, MemorandumId memorandumId, int version, Comment comment) {}
