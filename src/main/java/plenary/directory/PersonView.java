package plenary.directory;

import org.jspecify.annotations.Nullable;

/** A person in the directory, with what reports need to refer to them without naming them. */
public record PersonView(
        PersonId id,
        String name,
        Nationality nationality,
        @Nullable String affiliation,
        @Nullable CommitteeId committeeId,
        Pronoun pronoun,
        @Nullable String email,
        int version) {}
