package plenary.reports;

import java.time.Instant;

/** The review a report was sent for: the version sent, the deadline for suggestions, and whether it is still open. */
public record ReviewView(long id, int version, Instant deadline, String sentBy, Instant sentAt, boolean open) {}
