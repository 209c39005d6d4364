package plenary.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.documents.Document;
import plenary.endorsement.PublishedMemoranda;
import plenary.kernel.RecordNotFound;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.reports.composition.DossierComposer;
import plenary.reports.composition.DossierComposer.Published;
import plenary.reports.internal.ReportJson;
import plenary.reports.internal.ReportQueries;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * A study group's dossier, for anyone: the last published report of each of its meetings in the order of the series,
 * with a table of contents and links between meetings, then its published memoranda. Drafts never enter it.
 */
@Service
@Transactional(readOnly = true)
class Dossiers {

    private final StudyGroups studyGroups;
    private final Meetings meetings;
    private final ReportQueries queries;
    private final ReportJson json;
    private final PublishedMemoranda memoranda;

    Dossiers(
            StudyGroups studyGroups,
            Meetings meetings,
            ReportQueries queries,
            ReportJson json,
            PublishedMemoranda memoranda) {
        this.studyGroups = studyGroups;
        this.meetings = meetings;
        this.queries = queries;
        this.json = json;
        this.memoranda = memoranda;
    }

    Document dossier(long studyGroupId) {
        StudyGroupView group = studyGroups
                .find(new StudyGroupId(studyGroupId))
                .orElseThrow(() -> new RecordNotFound("Study group", studyGroupId));
        return DossierComposer.compile(
                studyGroupId, group.title(), published(studyGroupId), memoranda.ofStudyGroup(group.id()));
    }

    /** The study groups with at least one published report, by title: three statements however many there are. */
    List<StudyGroupView> withPublishedReports() {
        Set<StudyGroupId> published = meetings.studyGroupsOf(
                queries.meetingsWithPublications().stream().map(MeetingId::new).toList());
        if (published.isEmpty()) {
            return List.of();
        }
        return studyGroups.all().stream()
                .filter(g -> published.contains(g.id()))
                .toList();
    }

    private List<Published> published(long studyGroupId) {
        List<MeetingSummary> series = meetings.ofStudyGroup(new StudyGroupId(studyGroupId));
        Map<Long, String> documents = queries.lastPublishedDocuments(
                series.stream().map(m -> m.id().value()).toList());
        List<Published> published = new ArrayList<>();
        for (MeetingSummary meeting : series) {
            String document = documents.get(meeting.id().value());
            if (document != null) {
                published.add(new Published(meeting.ordinal(), json.read(document)));
            }
        }
        return published;
    }
}
