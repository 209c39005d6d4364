package plenary.reports.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import plenary.kernel.InvalidRecord;
import plenary.reports.ReportDocument;
import plenary.reports.ReportFormat;
import plenary.reports.formats.ReportTypesetter;

/** How a report goes out as a file: its format's content type, and its name for saving ("inline" for HTML). */
final class Downloads {

    private Downloads() {
    }

    /** The format a request names; refused as a broken rule of the field {@code format} when it names none. */
    static ReportFormat format(String parameter) {
        try {
            return ReportFormat.of(parameter);
        } catch (IllegalArgumentException e) {
            throw InvalidRecord.of("format", "one-of", "must be one of html, pdf, docx, md, akn");
        }
    }

    static ResponseEntity<byte[]> file(ReportFormat format, ReportDocument document, ReportTypesetter typesetter) {
        ContentDisposition disposition = (format == ReportFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(format.fileName(document)).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noCache())
                .body(typesetter.render(document, format));
    }
}
