package plenary.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CurrentAccount;
import plenary.documents.Document;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionNamed;
import plenary.institutions.Institutions;
import plenary.institutions.Mention;
import plenary.institutions.MentionKind;
import plenary.institutions.MentionSource;
import plenary.meetings.MeetingRecord;
import plenary.reports.internal.Report;
import plenary.reports.internal.ReportGate;
import plenary.reports.internal.ReportJson;
import plenary.reports.internal.ReportQueries;
import plenary.reports.internal.ReportRepository;
import plenary.reports.internal.Versioning;

/**
 * The paragraphs of meeting reports whose text names an institution (by its name, acronym or an alias), in the
 * version the one signed in may read: the latest draft for those who may read the report's drafts (its keepers and
 * the meeting's participants), the last publication for everyone else signed in, nothing of a report never
 * published for them. A report keeps no sources for its paragraphs, so what a paragraph names is what it is about.
 */
@Component
class ReportMentions implements MentionSource {

    private final ReportRepository reports;
    private final ReportGate gate;
    private final Versioning versioning;
    private final ReportQueries queries;
    private final ReportJson json;
    private final Institutions institutions;

    ReportMentions(
            ReportRepository reports,
            ReportGate gate,
            Versioning versioning,
            ReportQueries queries,
            ReportJson json,
            Institutions institutions) {
        this.reports = reports;
        this.gate = gate;
        this.versioning = versioning;
        this.queries = queries;
        this.json = json;
        this.institutions = institutions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mention> mentionsOf(InstitutionId id) {
        if (CurrentAccount.get().isEmpty()) {
            return List.of();
        }
        Function<String, List<InstitutionNamed>> finder = institutions.nameFinder();
        List<Mention> mentions = new ArrayList<>();
        for (Report report : reports.findAll()) {
            long meetingId = report.meetingId();
            boolean draft = gate.mayReadDrafts(meetingId);
            Optional<Document> document = draft
                    ? Optional.of(versioning.latest(report))
                    : queries.publishedDocument(report.savedId(), null).map(json::read);
            if (document.isEmpty()) {
                continue;
            }
            MeetingRecord meeting = gate.meeting(meetingId);
            String source = "Report of meeting " + meeting.ordinal() + ", " + meeting.city() + " ("
                    + document.get().status() + ")";
            String link = (draft ? "/meetings/" + meetingId + "/report#" : "/reports/" + meetingId + "#");
            for (Document.Section section : document.get().contents()) {
                walk(
                        section,
                        id,
                        finder,
                        paragraph -> mentions.add(new Mention(
                                MentionKind.REPORT_PARAGRAPH,
                                meeting.studyGroupTitle(),
                                source,
                                paragraph.where(),
                                Mention.excerpt(paragraph.text()),
                                link + paragraph.eId(),
                                meeting.startsOn())));
            }
        }
        return mentions;
    }

    /** A paragraph found, with where it stands: "Session 2: Designing institutional arrangements, paragraph 3". */
    private record Found(String eId, String where, String text) {}

    private static void walk(
            Document.Section section,
            InstitutionId id,
            Function<String, List<InstitutionNamed>> finder,
            Consumer<Found> found) {
        List<Document.Paragraph> paragraphs = section.paragraphs();
        for (int n = 0; n < paragraphs.size(); n++) {
            Document.Paragraph paragraph = paragraphs.get(n);
            String text = paragraph.text();
            if (finder.apply(text).stream().anyMatch(named -> named.id().equals(id))) {
                String heading =
                        section.number() == null ? section.heading() : section.number() + ". " + section.heading();
                found.accept(new Found(paragraph.eId(), heading + ", paragraph " + (n + 1), text));
            }
        }
        section.subsections().forEach(s -> walk(s, id, finder, found));
    }
}
