package plenary.reports.internal;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.reports.ReviewView;

/**
 * A review of a report by the meeting's participants: the version sent, the deadline for suggestions, and when it
 * was closed (by a later review or by publication). It knows whether a suggestion may still be made.
 */
@Table("report_review")
public record Review(
        @Id @Nullable Long id,
        long reportId,
        int versionNumber,
        Instant deadline,
        String sentBy,
        Instant sentAt,
        @Nullable Instant closedAt,
        @Version @Nullable Integer version) {

    /** A review read or saved has its id; only a new one, not yet saved, has none. */
    public long savedId() {
        return Objects.requireNonNull(id, "review not saved");
    }

    /** Whether a suggestion made at this moment is in time: the review is not closed and its deadline not passed. */
    public boolean accepts(Instant now) {
        return closedAt == null && now.isBefore(deadline);
    }

    public boolean open() {
        return closedAt == null;
    }

    public Review closed(Instant at) {
        return new Review(id, reportId, versionNumber, deadline, sentBy, sentAt, at, version);
    }

    ReviewView view(Instant now) {
        return new ReviewView(savedId(), versionNumber, deadline, sentBy, sentAt, accepts(now));
    }
}
