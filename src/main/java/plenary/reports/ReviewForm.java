package plenary.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.kernel.PlausibleYear;

/**
 * Sends the report's latest version (named by {@code version}) to the meeting's participants, open for suggestions
 * until the deadline.
 */
public record ReviewForm(
        @Nullable Integer version, @PlausibleYear @Nullable Instant deadline) {}
