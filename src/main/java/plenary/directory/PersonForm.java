package plenary.directory;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** What the secretariat sends to create or change a person; {@code version} is required on change. */
public record PersonForm(
        @MaxLength(200) @PlainText @Nullable String name,
        @Nullable Nationality nationality,
        @MaxLength(300) @PlainText @Nullable String affiliation,
        @Nullable Long committeeId,
        @Nullable Pronoun pronoun,
        @MaxLength(254) @PlainText @Nullable String email,
        @Nullable Integer version) {}
