package plenary.meetings;

/** How an intervention relates to an earlier one; pages say it with the keys {@code meetings.link.*}. */
public enum LinkKind {
    RESPONDS_TO,
    DISAGREES_WITH,
    ELABORATES,
    SUPPORTS
}
