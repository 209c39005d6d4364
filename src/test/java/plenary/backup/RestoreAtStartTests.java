package plenary.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import plenary.PlenaryApplication;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;

/**
 * A new instance started with {@code plenary.restore-from} restores the backup before its first admin and demo
 * loaders run, and then serves what the instance it came from served; a damaged backup stops the start.
 */
@PlenaryIntegrationTest
class RestoreAtStartTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    @Test
    void aNewInstanceStartedWithABackupServesTheSameMeetingToTheSameAccounts() throws Exception {
        Path archive = BackupDownloads.download(mvc, folder);
        long vladivostok = JdbcClient.create(dataSource)
                .sql(
                        "SELECT m.id FROM meeting m JOIN study_group g ON g.id = m.study_group_id "
                                + "WHERE g.title = 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia' AND m.ordinal = 3")
                .query(Long.class)
                .single();
        String served = body(mvc, "/api/meetings/" + vladivostok);

        try (ConfigurableApplicationContext restored = start(archive, "another-admin-password")) {
            MockMvc restoredMvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) restored)
                    .apply(springSecurity())
                    .build();
            assertThat(body(restoredMvc, "/api/meetings/" + vladivostok)).isEqualTo(served);
            // The loaders found a database with accounts and a study group, and left it alone.
            JdbcClient restoredDb = JdbcClient.create(restored.getBean(DataSource.class));
            assertThat(restoredDb
                            .sql("SELECT COUNT(*) FROM study_group WHERE title = ?")
                            .param("CSCAP Study Group on Multilateral Security Governance in Northeast Asia")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(restoredMvc
                            .perform(get("/api/meetings").with(httpBasic("admin", "another-admin-password")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(401);
        }
    }

    @Test
    void aDamagedBackupStopsTheStart() throws Exception {
        Path archive = BackupDownloads.download(mvc, folder);
        Path damaged = ArchiveDamage.changeOneByte(archive, "tables/person.jsonl", folder);

        assertThatThrownBy(() -> start(damaged, "another-admin-password").close())
                .rootCause()
                .isInstanceOf(RestoreRefused.class)
                .hasMessageContaining("tables/person.jsonl does not match the SHA-256");
    }

    private ConfigurableApplicationContext start(Path archive, String adminPassword) throws Exception {
        Path dataDir = Files.createTempDirectory(folder, "data-");
        return new SpringApplicationBuilder(PlenaryApplication.class)
                .properties(
                        "server.port=0",
                        "plenary.restore-from=" + archive,
                        "plenary.data-dir=" + dataDir,
                        "plenary.admin.password=" + adminPassword)
                .run();
    }

    private static String body(MockMvc mvc, String path) throws Exception {
        var response =
                mvc.perform(get(path).with(TestAccounts.admin())).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
