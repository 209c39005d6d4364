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
    MECHANISM
}
