package plenary.leakcheck;

/** What kind of identifying term a leak is, from the most specific to the least. */
public enum LeakKind {
    /** An e-mail address of the person, or one whose local part is the person's name. */
    EMAIL,
    /** A name after a title: "Dr Ivanov", "Prof. Kim", "Ambassador Petrova". */
    TITLED_NAME,
    /** Given name and surname together, in either order, or a whole name form in another script. */
    FULL_NAME,
    /** One of the person's affiliations or its short form. */
    AFFILIATION,
    /** The surname alone (also a maiden name or a transliterated surname). */
    SURNAME,
    /** A given name distinctive enough to identify the person alone. */
    GIVEN_NAME
}
