package plenary.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of a report as a list shows it: its number, who saved it when, why, and whether it was published.
 */
public record VersionSummary(
        int number,
        String savedBy,
        Instant savedAt,
        @Nullable String note,
        boolean published) {}
