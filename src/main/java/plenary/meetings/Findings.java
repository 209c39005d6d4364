package plenary.meetings;

/** How a meeting's report sets out each session's findings: as paragraphs of prose (the seed) or as a bulleted list. */
public enum Findings {
    PARAGRAPHS,
    BULLETS
}
