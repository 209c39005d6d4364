package plenary.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import plenary.reports.PublicationView;

/** A publication of a report: the version published, its number and date, and the document exactly as published. */
@Table("report_publication")
record Publication(
        @Id @Nullable Long id,
        long reportId,
        int publishedNumber,
        int versionNumber,
        LocalDate publishedOn,
        Instant publishedAt,
        String publishedBy,
        String title,
        @Nullable String subtitle,
        String document) {

    PublicationView view() {
        return new PublicationView(publishedNumber, publishedOn, versionNumber);
    }
}
