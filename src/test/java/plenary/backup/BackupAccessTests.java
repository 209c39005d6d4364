package plenary.backup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.Role;

/** A backup is a copy of everything, password hashes included: only the secretariat may take one. */
@PlenaryIntegrationTest
class BackupAccessTests {

    static final String[] PATHS = {"/api/admin/backup", "/admin/backup", "/admin/backup/archive"};

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    static Stream<Arguments> otherRoles() {
        return Stream.of(Role.values())
                .filter(r -> r != Role.SECRETARIAT)
                .flatMap(role -> Stream.of(PATHS).map(path -> Arguments.of(role, path)));
    }

    @ParameterizedTest(name = "{0} GET {1} → 403")
    @MethodSource("otherRoles")
    void otherRolesAreRefused(Role role, String path) throws Exception {
        mvc.perform(get(path).with(accounts.of(role).basic())).andExpect(status().isForbidden());
    }

    @Test
    void theApiAsksTheAnonymousToSignIn() throws Exception {
        mvc.perform(get("/api/admin/backup"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
    }

    @Test
    void aBrowserWithoutSignInIsSentToTheLoginForm() throws Exception {
        mvc.perform(get("/admin/backup").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void theSecretariatGetsThePageWithItsButtonAndTheRestoreStep() throws Exception {
        mvc.perform(get("/admin/backup").with(TestAccounts.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<form method=\"get\" action=\"/admin/backup/archive\"")))
                .andExpect(content().string(containsString("Download a backup")))
                .andExpect(content().string(containsString("PLENARY_RESTORE_FROM")));
    }

    @Test
    void theSecretariatDownloadsAnArchiveFromThePage() throws Exception {
        mvc.perform(get("/admin/backup/archive").with(TestAccounts.admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(
                        header().string("Content-Disposition", startsWith("attachment; filename=\"plenary-backup-")));
    }
}
