package plenary.reports.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import plenary.reports.ReportReading;
import plenary.reports.formats.ReportTypesetter;

/**
 * A meeting's report in a format ({@code ?format=html|pdf|docx|md|akn}) as a file: the published report for everyone,
 * the latest draft for those who may read it, or a given version ({@code ?version=3}, {@code ?version=published}).
 */
@RestController
class ReportDownloads {

    private final ReportReading reading;
    private final ReportTypesetter typesetter;

    ReportDownloads(ReportReading reading, ReportTypesetter typesetter) {
        this.reading = reading;
        this.typesetter = typesetter;
    }

    @GetMapping("/api/meetings/{meetingId}/report")
    ResponseEntity<byte[]> report(@PathVariable long meetingId,
            @RequestParam(name = "format", defaultValue = "html") String format,
            @RequestParam(name = "version", required = false) String version) {
        return Downloads.file(Downloads.format(format),
                reading.export(meetingId, version, Downloads.format(format)), typesetter);
    }
}
