package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;

@PlenaryIntegrationTest
class DirectoryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aPersonFormWithErrorsShowsThemBesideTheFieldsAndSavesNothing() throws Exception {
        String html = mvc.perform(post("/directory/people")
                        .with(admin())
                        .with(csrf())
                        .param("name", "Unsaved Person")
                        .param("nationality", "RU")
                        .param("email", "broken"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("id=\"pronoun-error\"")
                .contains("id=\"email-error\"")
                .contains("must be an e-mail address");
        assertThat(html).contains("value=\"Unsaved Person\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE name = 'Unsaved Person'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aValidPersonFormSavesAndReturnsToTheList() throws Exception {
        mvc.perform(post("/directory/people")
                        .with(admin())
                        .with(csrf())
                        .param("name", "Saved Person")
                        .param("nationality", "JP")
                        .param("pronoun", "HE"))
                .andExpect(redirectedUrl("/directory/people"));
        mvc.perform(get("/directory/people").with(admin()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Saved Person")));
    }

    @Test
    void aRussianReaderChoosesAndReadsCountriesInRussian() throws Exception {
        assertThat(page("/directory/people/new", "ru"))
                .contains(">Россия</option>")
                .contains(">Республика Корея</option>")
                .doesNotContain("Russian (Russia)");
        assertThat(page("/directory/people/new", "en")).contains(">Russian (Russia)</option>");
        assertThat(page("/directory/committees/new", "ru"))
                .contains(">Вьетнам</option>")
                .doesNotContain("Viet Nam");
        assertThat(page("/directory/committees/new", "en")).contains(">Viet Nam</option>");
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aDateOrNumberThatIsNoneIsShownBesideItsField() throws Exception {
        String html = mvc.perform(post("/directory/people")
                        .with(admin())
                        .with(csrf())
                        .param("name", "Typo Person")
                        .param("nationality", "RU")
                        .param("pronoun", "HE")
                        .param("committeeId", "not-a-number"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"committeeId-error\"");
    }

    @Test
    void theDirectoryIsTheSecretariatsOnly() throws Exception {
        mvc.perform(get("/directory").with(accounts.account(Role.CO_CHAIR).basic()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/directory").with(admin())).andExpect(status().isOk());
    }

    @Test
    void anUnknownRecordShowsANotFoundPage() throws Exception {
        String html = mvc.perform(get("/directory/people/987654").with(admin()))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Not found").contains("Person 987654 does not exist");
    }
}
