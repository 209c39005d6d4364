package plenary.studygroups;

/**
 * How a study group decides that its member committees agree to its memorandum, so that it may go to the Steering
 * Committee.
 */
public enum ConsensusRule {
    /** Every participating committee endorses, none with a reservation. */
    FULL_CONSENSUS,
    /** Every participating committee endorses; reservations are allowed (printed as footnotes). */
    CONSENSUS_WITH_RESERVATIONS,
    /**
     * At least the group's quorum of committees endorse (with or without reservation) and none objects; the others
     * may abstain or not answer.
     */
    QUORUM;

    /** The rule in words, as pages and reasons say it. */
    public String words() {
        return switch (this) {
            case FULL_CONSENSUS -> "full consensus";
            case CONSENSUS_WITH_RESERVATIONS -> "consensus with reservations allowed";
            case QUORUM -> "a quorum of committees";
        };
    }
}
