package plenary.reports.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;
import plenary.documents.Document;
import plenary.kernel.RecordNotFound;
import plenary.reports.ReportState;

/**
 * Saves a report's versions, each one kept for good and numbered 1, 2, … in its report, with its status line
 * ("Draft version 3"); reads them back.
 */
@Component
public class Versioning {

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ReportJson json;

    Versioning(ReportRepository reports, ReportVersionRepository versions, ReportJson json) {
        this.reports = reports;
        this.versions = versions;
        this.json = json;
    }

    /** A new report of the meeting, with its first version. */
    public Report first(long meetingId, Document document, String note) {
        Report report = reports.save(new Report(null, meetingId, ReportState.DRAFT, 1, null, null));
        save(report, 1, document, note);
        return report;
    }

    /**
     * The next version of the report. A published report becomes a draft again (its publication stays public); one
     * in review stays in review.
     */
    public Report next(Report report, Document document, String note) {
        int number = report.latestVersion() + 1;
        ReportState state = report.state() == ReportState.PUBLISHED ? ReportState.DRAFT : report.state();
        // The report first: of two simultaneous edits, the one whose version check fails writes nothing.
        Report saved = reports.save(report.withLatest(number, state));
        save(report, number, document, note);
        return saved;
    }

    public ReportVersion version(Report report, int number) {
        return versions.findByReportIdAndNumber(report.savedId(), number)
                .orElseThrow(() -> new RecordNotFound("Version of the report", number));
    }

    public Document document(Report report, int number) {
        return json.read(version(report, number).document());
    }

    public Document latest(Report report) {
        return document(report, report.latestVersion());
    }

    static String draftStatus(int number) {
        return "Draft version " + number;
    }

    private void save(Report report, int number, Document document, String note) {
        String text = json.write(DocumentEdits.withStatus(document, draftStatus(number)));
        versions.save(new ReportVersion(null, report.savedId(), number, text, ReportGate.who(), Instant.now(), note));
    }
}
