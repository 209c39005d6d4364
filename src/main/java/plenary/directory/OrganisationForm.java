package plenary.directory;

/** What the secretariat sends to rename the organisation. */
public record OrganisationForm(String name, String acronym, Integer version) {
}
