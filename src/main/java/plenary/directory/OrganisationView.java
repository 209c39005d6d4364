package plenary.directory;

/** The organisation this Plenary serves, such as the Council for Security Cooperation in the Asia Pacific. */
public record OrganisationView(long id, String name, String acronym, int version) {}
