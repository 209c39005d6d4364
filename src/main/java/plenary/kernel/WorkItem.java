package plenary.kernel;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing that awaits a person: what kind it is, what to do in words, the study group and the meeting or
 * memorandum it belongs to (in words too, "Memorandum: …", the title being an argument of the phrase), its deadline
 * (none when nothing sets one), and the page where it is done (none when no page does it).
 */
public record WorkItem(
        WorkKind kind,
        Phrase what,
        @Nullable String studyGroup,
        Phrase about,
        @Nullable Instant deadline,
        @Nullable String link) {

    /** Whether its deadline has passed at this moment. */
    public boolean overdue(Instant now) {
        return deadline != null && deadline.isBefore(now);
    }
}
