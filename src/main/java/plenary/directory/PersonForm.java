package plenary.directory;

/** What the secretariat sends to create or change a person; {@code version} is required on change. */
public record PersonForm(String name, Nationality nationality, String affiliation, Long committeeId, Pronoun pronoun,
        String email, Integer version) {
}
