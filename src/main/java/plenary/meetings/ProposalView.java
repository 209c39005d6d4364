package plenary.meetings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal put forward at a meeting, with the positions taken on it at that meeting or later ones, and the
 * institutions it is about (by id).
 */
public record ProposalView(
        long id,
        String text,
        @Nullable Long interventionId,
        List<PositionView> positions,
        List<Long> institutionIds,
        int version) {

    public ProposalView {
        institutionIds = List.copyOf(institutionIds);
    }

    /** A proposal about no institution, as the first version of this record had it. */
    public ProposalView(
            long id, String text, @Nullable Long interventionId, List<PositionView> positions, int version) {
        this(id, text, interventionId, positions, List.of(), version);
    }
}
