package plenary.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log's page for the secretariat, latest first, by page and filtered by action. */
@Controller
class AuditPages {

    private final AuditReading reading;

    AuditPages(AuditReading reading) {
        this.reading = reading;
    }

    @GetMapping("/audit")
    String log(@RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("log", reading.page(action, page, AuditReading.PAGE_SIZE));
        model.addAttribute("verification", reading.verify());
        model.addAttribute("actions", AuditActions.ALL);
        return "audit/log";
    }
}
