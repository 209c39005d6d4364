package plenary.circulation;

/** Who a circulation goes to: a member committee, a person of the directory, or an outside recipient by e-mail. */
public enum RecipientKind {
    COMMITTEE,
    PERSON,
    OUTSIDER
}
