package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.kernel.InvalidRecord;

/**
 * Accounts made together with one password, as the demo's are: one hash for them all, each able to sign in, and a
 * batch with one broken form makes none of them.
 */
@PlenaryIntegrationTest
class SharedPasswordAccountsTests {

    private static final String PASSWORD = "a-shared-pass-phrase-for-tests";

    @Autowired
    AccountRecords accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void accountsSharingAPasswordAreHashedOnceAndEachSignsIn() throws Exception {
        CurrentAccount.asSystem(() -> accounts.createSharingPassword(List.of(
                form("shared.first", PASSWORD), form("shared.second", PASSWORD), form("shared.third", PASSWORD))));

        List<String> hashes = jdbc.sql("SELECT password_hash FROM account WHERE username LIKE 'shared.%'")
                .query(String.class)
                .list();
        assertThat(hashes).hasSize(3);
        assertThat(Set.copyOf(hashes)).hasSize(1);
        for (String username : List.of("shared.first", "shared.second", "shared.third")) {
            mvc.perform(get("/api/account/tokens").with(httpBasic(username, PASSWORD)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/account/tokens").with(httpBasic("shared.second", PASSWORD + "x")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void oneBrokenFormMakesNoneOfTheAccounts() {
        assertThatThrownBy(() -> CurrentAccount.asSystem(() -> accounts.createSharingPassword(
                        List.of(form("batch.good", PASSWORD), form("Batch Bad Name", PASSWORD)))))
                .isInstanceOf(InvalidRecord.class)
                .hasMessageContaining("username");

        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username IN ('batch.good', 'Batch Bad Name')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void accountsWithDifferentPasswordsAreNotASharedBatch() {
        assertThatThrownBy(() -> CurrentAccount.asSystem(() -> accounts.createSharingPassword(
                        List.of(form("differ.one", PASSWORD), form("differ.two", PASSWORD + "-other")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AccountForm form(String username, String password) {
        return new AccountForm(username, password, null, Set.of(Role.PARTICIPANT), true, null);
    }
}
