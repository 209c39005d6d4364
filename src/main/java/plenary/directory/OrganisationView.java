package plenary.directory;

import org.jspecify.annotations.Nullable;

/** The organisation this Plenary serves, such as the Council for Security Cooperation in the Asia Pacific. */
public record OrganisationView(
        long id, String name, @Nullable String acronym, int version) {}
