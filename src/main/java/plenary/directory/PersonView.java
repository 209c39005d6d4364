package plenary.directory;

/** A person in the directory, with what reports need to refer to them without naming them. */
public record PersonView(
        PersonId id,
        String name,
        Nationality nationality,
        String affiliation,
        CommitteeId committeeId,
        Pronoun pronoun,
        String email,
        int version) {}
