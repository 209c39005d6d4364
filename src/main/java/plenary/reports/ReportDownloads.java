package plenary.reports;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * A meeting's report in a format ({@code ?format=html|pdf|docx|md|akn}) as a file: the published report for everyone,
 * the latest draft for those who may read it, or a given version ({@code ?version=3}, {@code ?version=published}).
 */
@RestController
class ReportDownloads {

    private final ReportFiles files;

    ReportDownloads(ReportFiles files) {
        this.files = files;
    }

    @GetMapping("/api/meetings/{meetingId}/report")
    ResponseEntity<byte[]> report(
            @PathVariable long meetingId,
            @RequestParam(name = "format", defaultValue = "html") String format,
            @RequestParam(name = "version", required = false) @Nullable String version,
            WebRequest request) {
        return files.file(meetingId, format, version, request);
    }
}
