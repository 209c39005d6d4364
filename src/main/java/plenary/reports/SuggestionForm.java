package plenary.reports;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** A participant's suggested correction: the paragraph (its eId), the text it should read, and why. */
public record SuggestionForm(
        @MaxLength(100) @PlainText @Nullable String paragraph,
        @MaxLength(20_000) @PlainText @Nullable String text,
        @MaxLength(4000) @PlainText @Nullable String rationale) {}
