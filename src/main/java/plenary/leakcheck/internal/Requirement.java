package plenary.leakcheck.internal;

/** What a word of the text must look like, beyond being spelt the same, for a term found there to leak. */
public enum Requirement {
    /** Nothing more: the term is rare enough to leak in any case ("ivanov", "NGUYEN"). */
    ANYHOW,
    /** Written in capitals: an acronym that is also a word ("RAND", "IDEAS"). */
    IN_CAPITALS,
    /** Its first word written with a capital: a given name alone. */
    CAPITALISED,
    /**
     * A surname of two letters ("Li", "Ng"): written as a name, not as an acronym ("LI") and not as the first
     * half of a compound ("Li-ion").
     */
    SHORT_NAME,
    /**
     * A name of several words: its initials and its common words capitalised where written words begin ("Grace
     * Park", "S. Ivanov" and "kim Min-jun" are names, "grace park", "may Ivanov" and "'s Ivanov" are not).
     */
    NAME_CAPITALS,
    /** A common English word: see {@link CommonWord} for the evidence each kind needs. */
    COMMON_WORD
}
