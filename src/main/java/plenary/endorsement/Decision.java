package plenary.endorsement;

/** What the Steering Committee decides on a memorandum submitted to it. */
public enum Decision {
    APPROVED,
    APPROVED_WITH_CHANGES,
    RETURNED;

    /** Whether the memorandum may be published. */
    public boolean approves() {
        return this != RETURNED;
    }
}
