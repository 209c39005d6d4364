package plenary.directory;

import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** What the secretariat sends to create or change a person; {@code version} is required on change. */
public record PersonForm(
        @MaxLength(200) @PlainText String name,
        Nationality nationality,
        @MaxLength(300) @PlainText String affiliation,
        Long committeeId,
        Pronoun pronoun,
        @MaxLength(254) @PlainText String email,
        Integer version) {}
