package plenary.reports;

/** What became of a participant's suggested correction: still open, taken into a new version, or left. */
public enum SuggestionState {
    OPEN,
    TAKEN,
    LEFT
}
