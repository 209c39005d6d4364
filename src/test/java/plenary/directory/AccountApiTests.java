package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import plenary.PlenaryIntegrationTest;

@PlenaryIntegrationTest
class AccountApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewAccountSignsInWithItsPasswordWhichIsStoredOnlyAsAModernHash() throws Exception {
        mvc.perform(
                        post("/api/accounts")
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"rapporteur.one\",\"password\":\"a-long-secret-phrase\",\"roles\":[\"RAPPORTEUR\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = 'rapporteur.one'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-secret-phrase");

        // Signed in but not the secretariat: 403, where a wrong password gets 401.
        mvc.perform(get("/api/committees").with(httpBasic("rapporteur.one", "a-long-secret-phrase")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/committees").with(httpBasic("rapporteur.one", "wrong-secret")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void shortPasswordsTakenNamesAndMissingRolesAreRefused() throws Exception {
        mvc.perform(post("/api/accounts")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"admin\",\"password\":\"short\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='username')].rule").value("unique"))
                .andExpect(jsonPath("$.violations[?(@.field=='password')].rule").value("min-length"))
                .andExpect(jsonPath("$.violations[?(@.field=='roles')].rule").value("required"));
    }

    @Test
    @Transactional // rolled back: the other secretariat accounts are disabled only inside this test
    void theLastSecretariatAccountCannotBeDeleted() throws Exception {
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE username <> 'admin'").update();
        long admin = jdbc.sql("SELECT id FROM account WHERE username = 'admin'")
                .query(Long.class)
                .single();

        mvc.perform(delete("/api/accounts/" + admin).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Record in use"));
        mvc.perform(get("/api/accounts/" + admin).with(admin())).andExpect(status().isOk());
    }
}
