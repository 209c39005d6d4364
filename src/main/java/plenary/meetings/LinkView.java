package plenary.meetings;

import plenary.kernel.Phrase;

/**
 * A link to another intervention of the study group, with where the target is (which meeting, which session)
 * and what kind it is, so that it can be shown as "responds to an assessment in session 1" without naming anyone.
 */
public record LinkView(
        LinkKind kind,
        long targetId,
        long targetMeetingId,
        int targetMeetingOrdinal,
        int targetSessionNumber,
        InterventionKind targetKind) {

    /**
     * "responds to an assessment (session 1 of the second meeting)", in the reader's language. The English text
     * takes the meeting's ordinal in words ({3}); another language may say the figure ({2}) its own way.
     */
    public Phrase words() {
        return Phrase.of(
                "meetings.link.words." + kind.name(),
                Phrase.of("meetings.link.target." + targetKind.name()),
                String.valueOf(targetSessionNumber),
                String.valueOf(targetMeetingOrdinal),
                Ordinals.of(targetMeetingOrdinal));
    }
}
