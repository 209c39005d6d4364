package plenary.imports;

import org.jspecify.annotations.Nullable;

/** What the owner of a draft sends to store it as a meeting: the study group the meeting belongs to. */
public record ConfirmForm(@Nullable Long studyGroupId) {}
