package plenary.drafting;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * Moves the paragraph {@code key} into a section ({@code sectionKey}), after the paragraph {@code afterKey} (first
 * when none), made on the memorandum's {@code version}.
 */
public record MoveForm(
        @MaxLength(40) @PlainText @Nullable String key,
        @MaxLength(40) @PlainText @Nullable String sectionKey,
        @MaxLength(40) @PlainText @Nullable String afterKey,
        @Nullable Integer version) {}
