package plenary.audit;

import java.util.List;

/** One page of the audit log (latest first), of one action or of all when {@code action} is null. */
public record AuditPage(List<AuditEntry> entries, String action, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
