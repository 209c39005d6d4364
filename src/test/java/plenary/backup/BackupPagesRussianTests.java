package plenary.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;

/** The secretariat's backup page in Russian: its words from the bundles, none of its English ones left. */
@PlenaryIntegrationTest
class BackupPagesRussianTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSecretariatReadsTheBackupPageInRussian() throws Exception {
        MockHttpServletResponse answer = mvc.perform(
                        get("/admin/backup").with(TestAccounts.admin()).header("Accept-Language", "ru"))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("<title>Резервная копия · Plenary</title>")
                .contains("<h1>Резервное копирование и восстановление</h1>")
                .contains("<button type=\"submit\">Скачать резервную копию</button>")
                .contains("<th>Версия схемы</th>")
                .contains("<th>База данных</th>")
                .contains("<h2>Восстановление</h2>")
                .doesNotContain("Download a backup")
                .doesNotContain("Schema version")
                .doesNotContain("Backup and restore")
                .doesNotContain("From the command line");
    }
}
