package plenary.meetings;

import plenary.directory.PersonId;

/**
 * A position taken on a proposal. {@code holder} is the person's name in a named record and the attribution
 * rule's description otherwise, where {@code personId} is left out.
 */
public record PositionView(PositionStance stance, PersonId personId, String holder, Long interventionId, String note) {}
