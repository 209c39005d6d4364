package plenary.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log's page for the secretariat, latest first, by page and filtered by action. */
@Controller
class AuditPages {

    private final AuditEntries entries;

    AuditPages(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/audit")
    String log(
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("log", entries.page(action, page, AuditEntries.PAGE_SIZE));
        model.addAttribute("verification", entries.verify());
        model.addAttribute("actions", AuditActions.ALL);
        return "audit/log";
    }
}
