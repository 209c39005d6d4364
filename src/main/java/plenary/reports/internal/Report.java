package plenary.reports.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.reports.ReportState;

/** A meeting's report as stored: its state, its latest version's number and, once published, its number. */
@Table("report")
public record Report(
        @Id Long id,
        long meetingId,
        ReportState state,
        int latestVersion,
        Integer publishedNumber,
        @Version Integer version) {

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
