package plenary.backup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The secretariat's backup page: download an archive, and how to restore one. */
@Controller
@RequestMapping("/admin/backup")
@PreAuthorize("hasRole('SECRETARIAT')")
class BackupPages {

    private final Backups backups;

    BackupPages(Backups backups) {
        this.backups = backups;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("facts", backups.facts());
        return "backup/backup";
    }

    // The page's own download: a browser signed in with the login form has no HTTP Basic for /api.
    @GetMapping("/archive")
    void archive(HttpServletResponse response) throws IOException {
        BackupApi.send(backups, response);
    }
}
