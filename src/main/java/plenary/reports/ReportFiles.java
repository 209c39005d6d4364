package plenary.reports;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import plenary.documents.DocumentFiles;
import plenary.documents.DocumentFormat;
import plenary.reports.internal.PublishedFiles;

/**
 * A meeting's report as a file, for the page's download and the API alike: a publication's PDF and DOCX as kept in
 * the database, everything else typeset here; either way cached in this instance for a while, so that a file read
 * often is read from the database once.
 */
@Component
class ReportFiles {

    private final Reports reports;
    private final DocumentFiles files;
    private final PublishedFiles published;

    ReportFiles(Reports reports, DocumentFiles files, PublishedFiles published) {
        this.reports = reports;
        this.files = files;
        this.published = published;
    }

    /** The report in {@code format} (a request's parameter), as {@link Reports#export} reads it for {@code version}. */
    ResponseEntity<byte[]> file(long meetingId, String format, @Nullable String version, WebRequest request) {
        DocumentFormat chosen = DocumentFiles.format(format);
        Reports.Export export = reports.export(meetingId, version, chosen);
        Long publication = export.publication();
        if (publication == null || !PublishedFiles.KEPT.contains(chosen)) {
            return files.file(chosen, export.document(), request);
        }
        return files.file(
                chosen, export.document(), () -> published.file(publication, export.document(), chosen), request);
    }
}
