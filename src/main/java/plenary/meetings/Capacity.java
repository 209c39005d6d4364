package plenary.meetings;

/** In what capacity a person took part in a meeting. */
public enum Capacity {
    CO_CHAIR,
    PRESENTER,
    DISCUSSANT,
    PARTICIPANT,
    OBSERVER,
    RAPPORTEUR;

    /** Whether this capacity lets the participant keep the meeting's record. */
    public boolean keepsRecord() {
        return this == CO_CHAIR || this == RAPPORTEUR;
    }
}
