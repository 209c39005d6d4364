package plenary.endorsement;

/** What a member committee answers when asked to endorse a memorandum. */
public enum Answer {
    ENDORSES,
    ENDORSES_WITH_RESERVATION,
    OBJECTS,
    ABSTAINS;

    /** Whether the committee endorses, with a reservation or without. */
    public boolean endorses() {
        return this == ENDORSES || this == ENDORSES_WITH_RESERVATION;
    }

    /** The answer in words: "endorses with a reservation". */
    public String words() {
        return switch (this) {
            case ENDORSES -> "endorses";
            case ENDORSES_WITH_RESERVATION -> "endorses with a reservation";
            case OBJECTS -> "objects";
            case ABSTAINS -> "abstains";
        };
    }
}
