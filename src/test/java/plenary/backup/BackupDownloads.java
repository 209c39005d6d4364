package plenary.backup;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.web.servlet.MockMvc;
import plenary.TestAccounts;

/** Takes a backup of the test instance the way an operator does: the secretariat's GET of the API. */
final class BackupDownloads {

    private BackupDownloads() {}

    static Path download(MockMvc mvc, Path folder) throws Exception {
        byte[] zip = mvc.perform(get("/api/admin/backup").with(TestAccounts.admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return Files.write(Files.createTempFile(folder, "plenary-backup-", ".zip"), zip);
    }
}
