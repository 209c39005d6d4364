package plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;

/** The audit log's page in Russian: its words from the bundles, none of its English ones left. */
@PlenaryIntegrationTest
class AuditPagesRussianTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSecretariatReadsTheAuditLogInRussian() throws Exception {
        MockHttpServletResponse answer = mvc.perform(
                        get("/audit").with(TestAccounts.admin()).header("Accept-Language", "ru"))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("<title>Журнал аудита · Plenary</title>")
                .contains("<h1 id=\"page-heading\">Журнал аудита</h1>")
                .contains("<span class=\"badge badge-done\">цела</span> Цепочка из всех записей (")
                .contains("<button type=\"submit\">Показать</button>")
                .contains("<th>Когда</th><th>Кто</th><th>Действие</th><th>Предмет</th>")
                .contains("<option value=\"\">все</option>")
                .containsPattern("Записей: [0-9 \u00a0]+\\.")
                .doesNotContain("Audit log")
                .doesNotContain(">Show<")
                .doesNotContain("<th>When</th>")
                .doesNotContain("The chain of all");
    }
}
