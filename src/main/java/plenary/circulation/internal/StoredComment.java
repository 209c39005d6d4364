package plenary.circulation.internal;

import plenary.circulation.CirculationView.Comment;

/** A comment as its table holds it, with the circulation it was made in. */
public record StoredComment(long circulationId, Comment comment) {}
