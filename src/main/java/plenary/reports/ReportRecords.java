package plenary.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.documents.Document;
import plenary.kernel.Versions;
import plenary.meetings.MeetingId;
import plenary.reports.composition.ReportComposer;
import plenary.reports.composition.ReportContext;
import plenary.reports.internal.DocumentEdits;
import plenary.reports.internal.Publishing;
import plenary.reports.internal.Report;
import plenary.reports.internal.ReportGate;
import plenary.reports.internal.ReportViews;
import plenary.reports.internal.Versioning;

/**
 * The writing of a meeting's report by those who keep the meeting's record: its draft written from the record, its
 * edits (each a new version), and its publication, which the leak check refuses while any text identifies a
 * participant under the meeting's attribution rule.
 */
@Service
@Transactional
public class ReportRecords {

    private final ReportGate gate;
    private final MeetingReportSources sources;
    private final Versioning versioning;
    private final Publishing publishing;
    private final ReportViews views;
    private final ApplicationEventPublisher events;

    ReportRecords(
            ReportGate gate,
            MeetingReportSources sources,
            Versioning versioning,
            Publishing publishing,
            ReportViews views,
            ApplicationEventPublisher events) {
        this.events = events;
        this.gate = gate;
        this.sources = sources;
        this.versioning = versioning;
        this.publishing = publishing;
        this.views = views;
    }

    /**
     * Writes the report from the meeting's record: its first version, or (naming the latest version) a new version
     * that replaces what was edited since.
     */
    public ReportView draft(long meetingId, DraftForm form) {
        gate.requireKeeper(meetingId);
        Optional<Report> existing = gate.find(meetingId);
        existing.ifPresent(r -> Versions.check("report", form.version(), r.latestVersion(), () -> views.of(r)));
        ReportContext context = sources.of(meetingId);
        Document document = ReportComposer.compose(context, "Draft");
        Report saved = existing.isEmpty()
                ? versioning.first(meetingId, document, note(form.note(), "Written from the meeting's record"))
                : Versions.save(
                        "report",
                        () -> versioning.next(
                                existing.get(), document, note(form.note(), "Written again from the meeting's record")),
                        () -> current(meetingId));
        return views.of(saved);
    }

    /** Saves an edit of the latest version as a new version; an edit that changes nothing saves nothing. */
    public ReportView edit(long meetingId, ReportEdit edit) {
        gate.requireKeeper(meetingId);
        Report report = gate.report(meetingId);
        Versions.check("report", edit.version(), report.latestVersion(), () -> views.of(report));
        Document current = versioning.latest(report);
        Document changed = DocumentEdits.apply(current, edit);
        if (changed.equals(current)) {
            return views.of(report);
        }
        return views.of(Versions.save(
                "report",
                () -> versioning.next(report, changed, note(edit.note(), "Edited")),
                () -> current(meetingId)));
    }

    /**
     * Publishes the latest version (which the form must name): frozen, numbered in the organisation's series and
     * dated; refused with {@link ReportLeaks}, changing nothing, when a text identifies a participant, and with
     * {@link UnconfirmedPlaces} when a text may identify one in a place the form does not confirm.
     */
    public ReportView publish(long meetingId, PublishForm form) {
        // The sources first: the access check is judged from the record and study group they read.
        ReportContext context = sources.of(meetingId);
        gate.requireKeeper(context);
        Report report = gate.report(meetingId);
        Versions.check("report", form.version(), report.latestVersion(), () -> views.of(report));
        if (publishing.latestPublished(report)) {
            return views.of(report);
        }
        Report published = Versions.save(
                "report",
                () -> publishing.publish(report, context, Objects.requireNonNullElse(form.confirmed(), List.of())),
                () -> current(meetingId));
        events.publishEvent(new ReportPublished(
                new MeetingId(meetingId),
                // A published report has its number in the series.
                Objects.requireNonNull(published.publishedNumber()),
                published.latestVersion(),
                ReportGate.who()));
        return views.of(published);
    }

    private ReportView current(long meetingId) {
        return views.of(gate.report(meetingId));
    }

    private static String note(@Nullable String given, String otherwise) {
        return given == null || given.isBlank()
                ? otherwise
                : given.strip().substring(0, Math.min(given.strip().length(), 500));
    }
}
