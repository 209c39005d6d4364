package plenary.reports;

import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** A participant's suggested correction: the paragraph (its eId), the text it should read, and why. */
public record SuggestionForm(
        @MaxLength(100) @PlainText String paragraph,
        @MaxLength(20_000) @PlainText String text,
        @MaxLength(4000) @PlainText String rationale) {}
