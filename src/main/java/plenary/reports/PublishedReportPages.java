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
import plenary.documents.Document;
import plenary.documents.DocumentFormat;
import plenary.documents.Typesetter;

/**
 * The public pages of the published reports: the organisation's series with each study group's dossier, and each
 * report with its downloads.
 */
@Controller
@RequestMapping("/reports")
class PublishedReportPages {

    private static final Resource STYLE = new ClassPathResource("reports/report.css");

    private final Reports reports;
    private final Dossiers dossiers;
    private final Typesetter typesetter;

    PublishedReportPages(Reports reports, Dossiers dossiers, Typesetter typesetter) {
        this.reports = reports;
        this.dossiers = dossiers;
        this.typesetter = typesetter;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("reports", reports.published());
        model.addAttribute("dossiers", dossiers.withPublishedReports());
        model.addAttribute("formats", DocumentFormat.values());
        return "reports/published";
    }

    @GetMapping("/{meetingId:\\d+}")
    String show(@PathVariable long meetingId, Model model) {
        Document document = reports.document(meetingId, Reports.PUBLISHED);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("document", document);
        model.addAttribute("html", typesetter.htmlFragment(document));
        model.addAttribute("formats", DocumentFormat.values());
        model.addAttribute("draftReader", reports.mayReadDrafts(meetingId));
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
