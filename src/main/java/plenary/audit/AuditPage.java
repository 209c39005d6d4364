package plenary.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the audit log (latest first), of one action or of all when {@code action} is null. */
public record AuditPage(List<AuditEntry> entries, @Nullable String action, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
