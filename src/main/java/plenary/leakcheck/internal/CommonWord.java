package plenary.leakcheck.internal;

/**
 * How a common English word that is also someone's name gives itself away as a name (see {@link Evidence}).
 */
enum CommonWord {
    /**
     * Pronouns and determiners that open sentences before reporting verbs ("He argued", "An agreed
     * framework", "Some noted"): as a name they leak only after a title ("Mr He", "Dr An").
     */
    SUBJECT,
    /**
     * Words English capitalises anyway (months, days, nationalities, some places): a capital proves nothing;
     * they leak after a title, before a possessive or before a reporting verb ("May argued"); opening a sentence
     * with nothing of these, they are a place for the keeper to confirm.
     */
    PROPER,
    /**
     * Any other common word ("park", "long", "young"): never when written in lower case; capitalised
     * mid-sentence it leaks unless a capitalised common word stands next to it (title case: "The Long
     * Road"); at a sentence start or in title case it leaks certainly only after a title, before a possessive or
     * before a reporting verb, and is otherwise a place for the keeper to confirm.
     */
    ORDINARY
}
