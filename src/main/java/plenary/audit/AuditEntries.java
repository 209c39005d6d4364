package plenary.audit;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The secretariat's reading of the audit log: a page of entries, and whether the chain still holds. */
@Service
@PreAuthorize("hasRole('SECRETARIAT')")
class AuditEntries {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditEntries(AuditLog log) {
        this.log = log;
    }

    AuditPage page(@Nullable String action, int page, int size) {
        String filter = AuditActions.of(action);
        int number = Math.max(page, 0);
        int clamped = Math.min(Math.max(size, 1), 500);
        return new AuditPage(log.page(filter, number, clamped), filter, number, clamped, log.count(filter));
    }

    ChainVerification verify() {
        // The head first: entries appended meanwhile come after it and do not break the chain.
        String head = log.head();
        List<AuditEntry> all = log.all();
        Optional<Long> broken = AuditChain.firstBroken(all, head);
        return new ChainVerification(broken.isEmpty(), all.size(), broken.orElse(null));
    }
}
