package plenary.endorsement;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** The Steering Committee's decision; {@code text} describes the changes asked for, or the comments returned. */
public record DecisionForm(
        @Nullable Decision decision,
        @MaxLength(4000) @PlainText @Nullable String text) {}
