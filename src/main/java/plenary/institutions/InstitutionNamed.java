package plenary.institutions;

/**
 * An institution that a text names by its name, acronym or an alias: which one, and the words found for it, as the
 * text writes them ("SPT", "Six-Party Talks", "the six-party process").
 */
public record InstitutionNamed(InstitutionId id, String name, String found) {}
