package plenary.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over JSON, for the secretariat: read only. */
@RestController
@RequestMapping("/api/audit")
class AuditApi {

    private final AuditReading reading;

    AuditApi(AuditReading reading) {
        this.reading = reading;
    }

    @GetMapping
    AuditPage entries(
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return reading.page(action, page, size);
    }

    @GetMapping("/verification")
    ChainVerification verification() {
        return reading.verify();
    }
}
