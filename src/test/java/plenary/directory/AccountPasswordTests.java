package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import tools.jackson.databind.ObjectMapper;

/** Each password rule, broken through the API: a problem detail naming the field and the rule, and no account. */
@PlenaryIntegrationTest
class AccountPasswordTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'          '                                             | blank",
                "password12                                               | min-length",
                "pw.refused-user                                          | own-name",
                "a-passphrase-of-65-characters-a-passphrase-of-65-characters-abcde | max-length",
                "владивостокскаяконференцияпобезопасно                   | max-bytes",
                "1qaz2wsx3edc4rfv                                         | common",
                "zzzzzzzzzzzzzzzzzzzz                                     | repetitive"
            })
    void aPasswordBreakingARuleIsRefusedAndNoAccountIsMade(String password, String rule) throws Exception {
        String body = json.writeValueAsString(
                Map.of("username", "pw.refused-user", "password", password, "roles", new String[] {"PARTICIPANT"}));
        new JsonApi(mvc, json)
                .post("/api/accounts", admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[?(@.field=='password' && @.rule=='" + rule + "')]")
                        .exists());
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'pw.refused-user'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAccountWithoutUserNameOrPersonIsRefusedForTheMissingNameNotAFailure() throws Exception {
        String body = json.writeValueAsString(
                Map.of("username", "", "password", "a-long-enough-pass-phrase", "roles", new String[] {"PARTICIPANT"}));
        new JsonApi(mvc, json)
                .post("/api/accounts", admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='username' && @.rule=='required')]")
                        .exists());
    }

    @Test
    void thePersonsNameIsRefusedAsPassword() throws Exception {
        PersonView person = accounts.person("Valentina Tereshkova", Nationality.RU, Pronoun.SHE);
        String body = json.writeValueAsString(Map.of(
                "username",
                "pw.named-user",
                "password",
                "valentina.tereshkova",
                "personId",
                person.id(),
                "roles",
                new String[] {"PARTICIPANT"}));
        new JsonApi(mvc, json)
                .post("/api/accounts", admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='password')].rule").value("own-name"));
    }

    @Test
    void aPasswordOverSeventyTwoBytesOnChangeIsA400NotA500AndTheOldPasswordStays() throws Exception {
        TestAccounts.Signed someone = accounts.account(Role.PARTICIPANT);
        long id = jdbc.sql("SELECT id FROM account WHERE username = ?")
                .param(someone.username())
                .query(Long.class)
                .single();
        String body = json.writeValueAsString(Map.of(
                "username",
                someone.username(),
                "password",
                "ж".repeat(40),
                "roles",
                new String[] {"PARTICIPANT"},
                "version",
                0));
        new JsonApi(mvc, json)
                .put("/api/accounts/" + id, admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("password"))
                .andExpect(jsonPath("$.violations[0].rule").value("max-bytes"));
        new JsonApi(mvc, json).get("/api/study-groups", someone.basic()).andExpect(status().isOk());
    }
}
