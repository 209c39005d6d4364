package plenary.reports;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.documents.Document;
import plenary.meetings.MeetingId;
import plenary.meetings.Meetings;
import plenary.reports.internal.ReportGate;
import plenary.reports.internal.ReportJson;
import plenary.reports.internal.ReportQueries;
import plenary.studygroups.PublishedReportsOfGroup;
import plenary.studygroups.StudyGroupId;

/**
 * Reads the published reports for other modules (search, and a study group's page), without asking who is asking:
 * publication is for everyone.
 */
@Component
@Transactional(readOnly = true)
class PublicationReading implements PublishedReports, PublishedReportsOfGroup {

    private final ReportGate gate;
    private final ReportQueries queries;
    private final ReportJson json;
    private final Meetings meetings;

    PublicationReading(ReportGate gate, ReportQueries queries, ReportJson json, Meetings meetings) {
        this.gate = gate;
        this.queries = queries;
        this.json = json;
        this.meetings = meetings;
    }

    @Override
    public List<PublishedReport> all() {
        return queries.published();
    }

    @Override
    public List<Report> of(StudyGroupId group) {
        Map<Long, PublishedReport> published =
                queries.published().stream().collect(Collectors.toMap(PublishedReport::meetingId, Function.identity()));
        return meetings.ofStudyGroup(group).stream()
                .map(meeting -> published.get(meeting.id().value()))
                .filter(Objects::nonNull)
                .map(r -> new Report(r.meetingId(), r.number(), r.title(), r.publishedOn()))
                .toList();
    }

    @Override
    public Optional<Document> lastPublication(MeetingId meetingId) {
        return gate.find(meetingId.value())
                .flatMap(r -> queries.publishedDocument(r.savedId(), null))
                .map(json::read);
    }
}
