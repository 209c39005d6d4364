package plenary.directory;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** What the secretariat sends to rename the organisation. */
public record OrganisationForm(
        @MaxLength(200) @PlainText @Nullable String name,
        @MaxLength(40) @PlainText @Nullable String acronym,
        @Nullable Integer version) {}
