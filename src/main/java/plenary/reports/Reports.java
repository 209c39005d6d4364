package plenary.reports;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.documents.Document;
import plenary.documents.DocumentFormat;
import plenary.documents.Redline;
import plenary.documents.Redlines;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordNotFound;
import plenary.meetings.MeetingId;
import plenary.reports.internal.Report;
import plenary.reports.internal.ReportGate;
import plenary.reports.internal.ReportJson;
import plenary.reports.internal.ReportQueries;
import plenary.reports.internal.ReportVersion;
import plenary.reports.internal.ReportViews;
import plenary.reports.internal.Versioning;

/**
 * Reading meeting reports: anyone reads what was published; those who keep the meeting's record and its
 * participants also read the drafts, every version, and the redline between any two.
 */
@Service
@Transactional(readOnly = true)
class Reports {

    /** Asks for the report's last publication rather than the latest version. */
    static final String PUBLISHED = "published";

    private final ReportGate gate;
    private final Versioning versioning;
    private final ReportQueries queries;
    private final ReportViews views;
    private final ReportJson json;
    private final ApplicationEventPublisher events;

    Reports(
            ReportGate gate,
            Versioning versioning,
            ReportQueries queries,
            ReportViews views,
            ReportJson json,
            ApplicationEventPublisher events) {
        this.events = events;
        this.gate = gate;
        this.versioning = versioning;
        this.queries = queries;
        this.views = views;
        this.json = json;
    }

    /** The report's state, versions, review and suggestions, or empty when the meeting has no report yet. */
    Optional<ReportView> view(long meetingId) {
        gate.requireDraftReader(meetingId);
        return gate.find(meetingId).map(views::of);
    }

    List<VersionSummary> versions(long meetingId) {
        gate.requireDraftReader(meetingId);
        return queries.versions(gate.report(meetingId).savedId());
    }

    VersionView version(long meetingId, int number) {
        gate.requireDraftReader(meetingId);
        ReportVersion version = versioning.version(gate.report(meetingId), number);
        return new VersionView(
                meetingId, number, version.savedBy(), version.savedAt(), version.note(), json.read(version.document()));
    }

    Redline redline(long meetingId, int from, int to) {
        gate.requireDraftReader(meetingId);
        Report report = gate.report(meetingId);
        return Redlines.between(from, versioning.document(report, from), to, versioning.document(report, to));
    }

    /**
     * The document to read. {@code version} is a version's number, {@link #PUBLISHED}, or null for the latest version
     * the one asking may read: the latest version for those who read drafts, the last publication for everyone else. A
     * version that was published reads as published (numbered and dated) to everyone; others only to draft readers.
     */
    Document document(long meetingId, @Nullable String version) {
        return read(meetingId, version).document();
    }

    /**
     * The document as {@link #document} gives it, to be taken away as a file in {@code format}: a version never
     * published is a restricted record, and its export is announced (for the audit).
     */
    Export export(long meetingId, @Nullable String version, DocumentFormat format) {
        Read read = read(meetingId, version);
        if (read.draft() != null) {
            events.publishEvent(
                    new DraftReportExported(new MeetingId(meetingId), read.draft(), format, ReportGate.who()));
        }
        return new Export(read.document(), read.publication());
    }

    /** A document to take away, and the id of its publication when it is one (whose files are kept). */
    record Export(Document document, @Nullable Long publication) {}

    // The document read, and either its publication's id or its version's number when that was never published.
    private record Read(
            Document document,
            @Nullable Long publication,
            @Nullable Integer draft) {}

    private Read read(long meetingId, @Nullable String version) {
        Report report = gate.report(meetingId);
        if (PUBLISHED.equalsIgnoreCase(String.valueOf(version)) || version == null && !gate.mayReadDrafts(meetingId)) {
            return queries.publication(report.savedId(), null)
                    .map(this::published)
                    .orElseThrow(() -> new RecordNotFound("Published report of meeting", meetingId));
        }
        int number = version == null ? report.latestVersion() : number(version);
        Optional<Read> published = queries.publication(report.savedId(), number).map(this::published);
        if (published.isPresent()) {
            return published.get();
        }
        gate.requireDraftReader(meetingId);
        return new Read(versioning.document(report, number), null, number);
    }

    private Read published(ReportQueries.PublishedDocument publication) {
        return new Read(json.read(publication.document()), publication.id(), null);
    }

    /** Every published report, latest number first. */
    List<PublishedReport> published() {
        return queries.published();
    }

    /** The meeting's report's last publication, if it was published. */
    Optional<PublicationView> publication(long meetingId) {
        return gate.find(meetingId).flatMap(r -> queries.publication(r.savedId()));
    }

    boolean mayReadDrafts(long meetingId) {
        return gate.mayReadDrafts(meetingId);
    }

    boolean mayKeep(long meetingId) {
        return gate.mayKeep(meetingId);
    }

    /** Whether the one signed in took part in the meeting (and so may suggest corrections). */
    boolean tookPart(long meetingId) {
        return gate.tookPart(meetingId);
    }

    private static int number(String version) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw InvalidRecord.of("version", "format", "must be a version's number or \"published\"");
        }
    }
}
