package plenary.meetings;

/** What sort of contribution to the discussion an intervention was. */
public enum InterventionKind {
    PRESENTATION,
    BRIEFING,
    ASSESSMENT,
    ARGUMENT,
    PROPOSAL,
    CONCERN,
    QUESTION,
    RESPONSE,
    GENERAL_DISCUSSION;

    /** The kind in words, as pages show it: "general discussion". */
    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
