package plenary.meetings;

import java.util.List;
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
        PersonId speakerPersonId,
        String speaker,
        InterventionKind kind,
        String summary,
        String paperTitle,
        Stance stance,
        Subjects subjects,
        List<LinkView> links,
        AttributionRule speakerDescribedBy,
        int version) {}
