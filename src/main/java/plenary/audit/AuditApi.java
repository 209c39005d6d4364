package plenary.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over JSON, for the secretariat: read only. */
@RestController
@RequestMapping("/api/audit")
class AuditApi {

    private final AuditEntries entries;

    AuditApi(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping
    AuditPage entries(
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return entries.page(action, page, size);
    }

    @GetMapping("/verification")
    ChainVerification verification() {
        return entries.verify();
    }
}
