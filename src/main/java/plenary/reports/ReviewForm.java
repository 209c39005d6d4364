package plenary.reports;

import java.time.Instant;
import plenary.kernel.PlausibleYear;

/**
 * Sends the report's latest version (named by {@code version}) to the meeting's participants, open for suggestions
 * until the deadline.
 */
public record ReviewForm(Integer version, @PlausibleYear Instant deadline) {}
