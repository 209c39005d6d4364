package plenary.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document;

/** One saved version of a report with its document. */
record VersionView(
        long meetingId,
        int number,
        String savedBy,
        Instant savedAt,
        @Nullable String note,
        Document document) {}
