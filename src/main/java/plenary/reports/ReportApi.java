package plenary.reports;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import plenary.documents.Redline;
import plenary.kernel.RecordNotFound;

/** The writing of a meeting's report over JSON: draft, edits, versions, redlines and publication. */
@RestController
@RequestMapping("/api/meetings/{meetingId}/report")
class ReportApi {

    private final ReportRecords records;
    private final Reports reports;

    ReportApi(ReportRecords records, Reports reports) {
        this.records = records;
        this.reports = reports;
    }

    @GetMapping("/state")
    ReportView state(@PathVariable long meetingId) {
        return reports.view(meetingId).orElseThrow(() -> new RecordNotFound("Report of meeting", meetingId));
    }

    @PostMapping("/draft")
    @ResponseStatus(HttpStatus.CREATED)
    ReportView draft(@PathVariable long meetingId, @Valid @RequestBody(required = false) @Nullable DraftForm form) {
        return records.draft(meetingId, form == null ? DraftForm.first() : form);
    }

    @PutMapping
    ReportView edit(@PathVariable long meetingId, @Valid @RequestBody ReportEdit edit) {
        return records.edit(meetingId, edit);
    }

    @GetMapping("/versions")
    List<VersionSummary> versions(@PathVariable long meetingId) {
        return reports.versions(meetingId);
    }

    @GetMapping("/versions/{number}")
    VersionView version(@PathVariable long meetingId, @PathVariable int number) {
        return reports.version(meetingId, number);
    }

    @GetMapping("/redline")
    Redline redline(@PathVariable long meetingId, @RequestParam int from, @RequestParam int to) {
        return reports.redline(meetingId, from, to);
    }

    @PostMapping("/publish")
    ReportView publish(@PathVariable long meetingId, @Valid @RequestBody PublishForm form) {
        return records.publish(meetingId, form);
    }
}
