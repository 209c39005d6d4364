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
 * record knows one), and the positions taken on it; {@code version} is required on change.
 */
public record ProposalForm(
        @MaxLength(4000) @PlainText @Nullable String text,
        @Nullable Long interventionId,
        @MaxSize(200) List<@Valid PositionForm> positions,
        @Nullable Integer version)
        implements MeetingPartForm {

    public ProposalForm {
        positions = positions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(positions));
    }

    /** The same form without the empty position rows a page form sends. */
    public ProposalForm withoutBlankRows() {
        return new ProposalForm(
                text,
                interventionId,
                positions.stream().filter(p -> p != null && !p.blank()).toList(),
                version);
    }
}
