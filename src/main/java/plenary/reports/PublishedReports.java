package plenary.reports;

import java.util.List;
import java.util.Optional;
import plenary.documents.Document;
import plenary.meetings.MeetingId;

/** What other modules (search) may read of the reports: only what was published, which is for everyone. */
public interface PublishedReports {

    /** Every published report, latest number first. */
    List<PublishedReport> all();

    /** The last publication of a meeting's report, or empty when it was never published. */
    Optional<Document> lastPublication(MeetingId meetingId);
}
