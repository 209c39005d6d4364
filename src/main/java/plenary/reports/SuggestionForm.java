package plenary.reports;

/** A participant's suggested correction: the paragraph (its eId), the text it should read, and why. */
public record SuggestionForm(String paragraph, String text, String rationale) {
}
