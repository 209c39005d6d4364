package plenary.meetings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.directory.PersonId;

/**
 * One contribution to a session's discussion. {@code speaker} is the speaker's name in a named record and the
 * attribution rule's description ("a Russian participant") otherwise, where {@code speakerPersonId} is left out;
 * both are missing where the record names no speaker ("An opinion was expressed").
 */
public record InterventionView(
        long id,
        long sessionId,
        int position,
        @Nullable PersonId speakerPersonId,
        @Nullable String speaker,
        InterventionKind kind,
        String summary,
        @Nullable String paperTitle,
        @Nullable Stance stance,
        Subjects subjects,
        List<LinkView> links,
        @Nullable AttributionRule speakerDescribedBy,
        int version) {}
