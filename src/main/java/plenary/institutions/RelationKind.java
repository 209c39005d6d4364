package plenary.institutions;

/** How one institution stands to another: the Six Party Talks as umbrella for its working groups, and so on. */
public enum RelationKind {
    UMBRELLA_FOR("umbrella for"),
    EMBEDDED_IN("embedded in"),
    SUCCESSOR_OF("successor of"),
    LINKED_TO("linked to"),
    PART_OF("part of");

    private final String label;

    RelationKind(String label) {
        this.label = label;
    }

    /** The words a page or report uses: "embedded in". */
    public String label() {
        return label;
    }
}
