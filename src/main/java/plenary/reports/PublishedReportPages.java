package plenary.reports;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.reports.formats.ReportTypesetter;

/**
 * The public pages of the published reports: the organisation's series with each study group's dossier, and each
 * report with its downloads.
 */
@Controller
@RequestMapping("/reports")
class PublishedReportPages {

    private static final Resource STYLE = new ClassPathResource("reports/report.css");

    private final ReportReading reading;
    private final StudyGroupDossiers dossiers;
    private final ReportTypesetter typesetter;

    PublishedReportPages(ReportReading reading, StudyGroupDossiers dossiers, ReportTypesetter typesetter) {
        this.reading = reading;
        this.dossiers = dossiers;
        this.typesetter = typesetter;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("reports", reading.published());
        model.addAttribute("dossiers", dossiers.withPublishedReports());
        model.addAttribute("formats", ReportFormat.values());
        return "reports/published";
    }

    @GetMapping("/{meetingId:\\d+}")
    String show(@PathVariable long meetingId, Model model) {
        ReportDocument document = reading.document(meetingId, ReportReading.PUBLISHED);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("document", document);
        model.addAttribute("html", typesetter.htmlFragment(document));
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("draftReader", reading.mayReadDrafts(meetingId));
        return "reports/public-report";
    }

    /** The style sheet of an embedded report, which the typesetter keeps on the class path. */
    @GetMapping("/report.css")
    ResponseEntity<Resource> style() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css"))
                .cacheControl(CacheControl.noCache())
                .body(STYLE);
    }
}
