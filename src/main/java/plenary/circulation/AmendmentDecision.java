package plenary.circulation;

/**
 * What the co-chairs decide on an amendment: apply it to the working text, reject it (with a reason its author
 * sees), apply their own wording of it, or keep it open as bracketed text until they decide it for good.
 */
public enum AmendmentDecision {
    ACCEPT,
    REJECT,
    MERGE,
    KEEP_OPEN;

    /** What became of an amendment so decided, as pages say it: "accepted", "kept open". */
    public String outcome() {
        return switch (this) {
            case ACCEPT -> "accepted";
            case REJECT -> "rejected";
            case MERGE -> "merged into the co-chairs' wording";
            case KEEP_OPEN -> "kept open in brackets";
        };
    }
}
