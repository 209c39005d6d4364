package plenary.directory;

import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** What the secretariat sends to create or change a committee; {@code version} is required on change. */
public record CommitteeForm(
        @MaxLength(200) @PlainText String name,
        @MaxLength(40) @PlainText String acronym,
        CommitteeKind kind,
        Nationality country,
        Integer version) {}
