package plenary.positions;

import org.jspecify.annotations.Nullable;
import plenary.meetings.PositionStance;

/**
 * A position taken on a proposal: the stance, who took it as the meeting's attribution rule lets the reader see
 * them (a name, or "a Russian participant"; null where the record names no one), and the note that says how.
 */
public record PositionTaken(
        PositionStance stance,
        @Nullable String holder,
        @Nullable String note) {

    /** The stance in words, for a badge that does not rely on colour: "supports". */
    public String stanceWords() {
        return switch (stance) {
            case SUPPORTS -> "supports";
            case OPPOSES -> "opposes";
            case QUALIFIES -> "qualifies";
        };
    }
}
