package plenary.kernel;

/** The kinds of work Plenary asks of people, each with the words a list of work shows for it. */
public enum WorkKind {
    REVIEW("Review"),
    COMMENT("Comments"),
    PUBLICATION("Publication"),
    SUGGESTION("Suggestion to decide"),
    AMENDMENT("Amendment to decide"),
    ENDORSEMENT("Endorsement"),
    UNSENT_MAIL("Mail not sent");

    private final String label;

    WorkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
