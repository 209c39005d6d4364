package plenary.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.documents.Document;
import plenary.meetings.MeetingId;
import plenary.reports.internal.ReportGate;
import plenary.reports.internal.ReportJson;
import plenary.reports.internal.ReportQueries;

/** Reads the published reports for other modules, without asking who is asking: publication is for everyone. */
@Component
@Transactional(readOnly = true)
class PublicationReading implements PublishedReports {

    private final ReportGate gate;
    private final ReportQueries queries;
    private final ReportJson json;

    PublicationReading(ReportGate gate, ReportQueries queries, ReportJson json) {
        this.gate = gate;
        this.queries = queries;
        this.json = json;
    }

    @Override
    public List<PublishedReport> all() {
        return queries.published();
    }

    @Override
    public Optional<Document> lastPublication(MeetingId meetingId) {
        return gate.find(meetingId.value())
                .flatMap(r -> queries.publishedDocument(r.savedId(), null))
                .map(json::read);
    }
}
