package plenary.meetings;

/**
 * How a meeting's report numbers its sessions in their headings: "Session 2" (the seed), "Session II", "Second
 * Session".
 */
public enum SessionNumbering {
    ARABIC,
    ROMAN,
    ORDINAL_WORDS
}
