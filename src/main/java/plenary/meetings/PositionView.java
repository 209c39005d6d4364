package plenary.meetings;

/**
 * A position taken on a proposal. {@code holder} is the person's name in a named record and the attribution
 * rule's description otherwise, where {@code personId} is left out.
 */
public record PositionView(PositionStance stance, Long personId, String holder, Long interventionId, String note) {}
