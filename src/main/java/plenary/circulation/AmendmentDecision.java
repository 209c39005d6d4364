package plenary.circulation;

/**
 * What the co-chairs decide on an amendment: apply it to the working text, reject it (with a reason its author
 * sees), apply their own wording of it, or keep it open as bracketed text until they decide it for good.
 */
public enum AmendmentDecision {
    ACCEPT,
    REJECT,
    MERGE,
    KEEP_OPEN
}
