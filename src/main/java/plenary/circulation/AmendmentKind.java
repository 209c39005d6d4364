package plenary.circulation;

/** What an amendment does to the paragraph it names: inserts a new one after it, replaces its words, deletes it. */
public enum AmendmentKind {
    INSERT_AFTER,
    REPLACE,
    DELETE
}
