package plenary.meetings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A proposal put forward at a meeting, with the positions taken on it at that meeting or later ones. */
public record ProposalView(
        long id, String text, @Nullable Long interventionId, List<PositionView> positions, int version) {}
