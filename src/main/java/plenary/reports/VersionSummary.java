package plenary.reports;

import java.time.Instant;

/**
 * One saved version of a report as a list shows it: its number, who saved it when, why, and whether it was published.
 */
public record VersionSummary(int number, String savedBy, Instant savedAt, String note, boolean published) {}
