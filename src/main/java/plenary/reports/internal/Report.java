package plenary.reports.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.reports.ReportState;

/** A meeting's report as stored: its state, its latest version's number and, once published, its number. */
@Table("report")
public record Report(
        @Id @Nullable Long id,
        long meetingId,
        ReportState state,
        int latestVersion,
        @Nullable Integer publishedNumber,
        @Version @Nullable Integer version) {

    /** A report read or saved has its id; only a new one, not yet saved, has none. */
    public long savedId() {
        return Objects.requireNonNull(id, "report not saved");
    }

    Report withLatest(int number, ReportState newState) {
        return new Report(id, meetingId, newState, number, publishedNumber, version);
    }

    Report published(int number) {
        return new Report(id, meetingId, ReportState.PUBLISHED, latestVersion, number, version);
    }

    public Report inState(ReportState newState) {
        return new Report(id, meetingId, newState, latestVersion, publishedNumber, version);
    }
}
