package plenary.meetings;

/** How an intervention relates to an earlier one. */
public enum LinkKind {
    RESPONDS_TO("responds to"),
    DISAGREES_WITH("disagrees with"),
    ELABORATES("elaborates"),
    SUPPORTS("supports");

    private final String words;

    LinkKind(String words) {
        this.words = words;
    }

    /** The link in words, as in "responds to an assessment". */
    public String words() {
        return words;
    }
}
