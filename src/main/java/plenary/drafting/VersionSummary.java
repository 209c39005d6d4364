package plenary.drafting;

import java.time.Instant;

/** A frozen version of a memorandum: its number, its note, who froze it and when, and the revision it holds. */
public record VersionSummary(int number, String note, String frozenBy, Instant frozenAt, int revision) {}
