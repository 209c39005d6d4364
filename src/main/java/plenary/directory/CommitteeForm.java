package plenary.directory;

/** What the secretariat sends to create or change a committee; {@code version} is required on change. */
public record CommitteeForm(String name, String acronym, CommitteeKind kind, Nationality country, Integer version) {
}
