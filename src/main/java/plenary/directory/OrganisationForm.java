package plenary.directory;

import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** What the secretariat sends to rename the organisation. */
public record OrganisationForm(
        @MaxLength(200) @PlainText String name,
        @MaxLength(40) @PlainText String acronym,
        Integer version) {}
