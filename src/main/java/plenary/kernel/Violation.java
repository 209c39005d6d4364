package plenary.kernel;

/**
 * One broken rule of a record: the field it concerns, the rule's short name and a sentence for people.
 */
public record Violation(String field, String rule, String message) {}
