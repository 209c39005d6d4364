package plenary.meetings;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * A position taken on a proposal: by a person, in an intervention, or both (a person may take it at a later
 * meeting of the group); the note says how, where a qualification needs words.
 */
public record PositionForm(
        @Nullable PositionStance stance,
        @Nullable Long personId,
        @Nullable Long interventionId,
        @MaxLength(2000) @PlainText @Nullable String note) {

    boolean blank() {
        return stance == null && personId == null && interventionId == null && (note == null || note.isBlank());
    }
}
