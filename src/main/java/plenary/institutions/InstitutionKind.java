package plenary.institutions;

/** What sort of multilateral institution or process it is. */
public enum InstitutionKind {
    TALKS,
    SUMMIT,
    FORUM,
    ORGANISATION,
    AGREEMENT,
    REGIME,
    PROJECT,
    MECHANISM,
    /** A track-two network of research institutes and scholars, such as CSCAP. */
    TRACK_TWO
}
