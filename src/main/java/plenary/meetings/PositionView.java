package plenary.meetings;

import org.jspecify.annotations.Nullable;
import plenary.directory.PersonId;

/**
 * A position taken on a proposal. {@code holder} is the person's name in a named record and the attribution
 * rule's description otherwise, where {@code personId} is left out.
 */
public record PositionView(
        PositionStance stance,
        @Nullable PersonId personId,
        @Nullable String holder,
        @Nullable Long interventionId,
        @Nullable String note) {}
