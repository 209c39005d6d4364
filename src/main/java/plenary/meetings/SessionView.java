package plenary.meetings;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import plenary.directory.PersonId;

/**
 * A session of a meeting: its number, theme, numbered objectives, chair (in a named record only) and its
 * interventions in order. Answers to writes on a session leave the interventions out.
 */
public record SessionView(
        long id,
        int number,
        String theme,
        List<String> objectives,
        @Nullable PersonId chairPersonId,
        @Nullable String chair,
        @Nullable List<InterventionView> interventions,
        int version) {

    /** The interventions of a session read with its meeting's record, where they are always given. */
    public List<InterventionView> interventionsInOrder() {
        return Objects.requireNonNull(interventions, "a meeting's record holds its sessions' interventions");
    }
}
