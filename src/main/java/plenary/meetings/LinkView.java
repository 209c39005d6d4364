package plenary.meetings;

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

    /** "responds to an assessment (session 1 of the second meeting)". */
    public String words() {
        String kindWords = targetKind.label();
        String article = "aeiou".indexOf(kindWords.charAt(0)) >= 0 ? "an " : "a ";
        return kind.words() + " " + article + kindWords + " (session " + targetSessionNumber + " of the "
                + Ordinals.of(targetMeetingOrdinal) + " meeting)";
    }
}
