package plenary.meetings;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * What a record keeper sends to record a proposal: its text, the intervention that put it forward (where the
 * record knows one), the positions taken on it, and the institutions it is about (by id, chosen by the keeper);
 * {@code version} is required on change.
 */
public record ProposalForm(
        @MaxLength(4000) @PlainText @Nullable String text,
        @Nullable Long interventionId,
        @MaxSize(200) List<@Valid PositionForm> positions,
        @MaxSize(50) List<Long> institutionIds,
        @Nullable Integer version)
        implements MeetingPartForm {

    public ProposalForm {
        positions = positions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(positions));
        // Null entries stay, so that a JSON client learns which one is wrong.
        institutionIds =
                institutionIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(institutionIds));
    }

    /** The same form without the empty position rows a page form sends. */
    public ProposalForm withoutBlankRows() {
        return new ProposalForm(
                text,
                interventionId,
                positions.stream().filter(p -> p != null && !p.blank()).toList(),
                institutionIds,
                version);
    }
}
