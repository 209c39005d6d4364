package plenary.circulation;

import org.jspecify.annotations.Nullable;

/**
 * A committee's support in an open bracket, given by its representative: for the amendment's wording, or with
 * {@code current} for the paragraph's own; {@code withdraw} takes it back. The committee may be left out when the
 * representative speaks for one committee of the study group only.
 */
public record SupportForm(
        @Nullable Long committeeId,
        @Nullable Boolean current,
        @Nullable Boolean withdraw) {}
