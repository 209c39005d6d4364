package plenary.meetings;

/** Where an intervention assesses something: how it judged it. */
public enum Stance {
    POSITIVE,
    NEGATIVE,
    MIXED
}
