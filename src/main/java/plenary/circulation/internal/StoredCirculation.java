package plenary.circulation.internal;

import java.time.Instant;

/** A circulation as its table holds it. */
public record StoredCirculation(
        long id,
        long memorandumId,
        long studyGroupId,
        int versionNumber,
        Instant deadline,
        String note,
        String circulatedBy,
        Instant circulatedAt) {

    /** Whether a contribution made at {@code at} comes after the deadline, and must then say it is late. */
    public boolean lateAt(Instant at) {
        return at.isAfter(deadline);
    }
}
