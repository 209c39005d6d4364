package plenary.backup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The one command of a backup: {@code curl -u admin -o plenary.zip …/api/admin/backup}. */
@RestController
@PreAuthorize("hasRole('SECRETARIAT')")
class BackupApi {

    private final Backups backups;

    BackupApi(Backups backups) {
        this.backups = backups;
    }

    @GetMapping("/api/admin/backup")
    void backup(HttpServletResponse response) throws IOException {
        send(backups, response);
    }

    /** Streams the archive straight into the response, never whole in memory. */
    static void send(Backups backups, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(Backups.fileName(Instant.now()))
                        .build()
                        .toString());
        backups.write(response.getOutputStream());
        response.flushBuffer();
    }
}
