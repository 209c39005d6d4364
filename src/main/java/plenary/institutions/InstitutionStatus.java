package plenary.institutions;

/** Where an institution stands: working, suspended (the Six Party Talks since 2008), only proposed, or gone. */
public enum InstitutionStatus {
    ACTIVE,
    SUSPENDED,
    PROPOSED,
    DEFUNCT
}
