package plenary.reports.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One saved version of a report, never changed once saved: its document as JSON, who saved it, when and why. */
@Table("report_version")
public record ReportVersion(
        @Id @Nullable Long id,
        long reportId,
        int number,
        String document,
        String savedBy,
        Instant savedAt,
        @Nullable String note) {}
