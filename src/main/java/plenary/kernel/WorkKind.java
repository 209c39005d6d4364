package plenary.kernel;

/** The kinds of work Plenary asks of people; a list of work says each in the reader's words ({@code mywork.kind.*}). */
public enum WorkKind {
    REVIEW,
    COMMENT,
    PUBLICATION,
    SUGGESTION,
    AMENDMENT,
    ENDORSEMENT,
    UNSENT_MAIL
}
