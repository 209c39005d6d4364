package plenary.directory;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** What the secretariat sends to create or change a committee; {@code version} is required on change. */
public record CommitteeForm(
        @MaxLength(200) @PlainText @Nullable String name,
        @MaxLength(40) @PlainText @Nullable String acronym,
        @Nullable CommitteeKind kind,
        @Nullable Nationality country,
        @Nullable Integer version) {}
