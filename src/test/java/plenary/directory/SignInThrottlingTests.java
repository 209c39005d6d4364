package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.PASSWORD;
import static plenary.TestAccounts.admin;

import jakarta.servlet.http.Cookie;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;

/**
 * Failed sign-ins are throttled per account and per address, over HTTP Basic and the login form alike; a lock
 * holds against the right password until it ends or the secretariat lifts it. Each test signs in from
 * addresses of its own, so that no test's failures count against another's.
 */
@PlenaryIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyWrongPasswordsOverHttpBasicThenTheRightOneIsRefused() throws Exception {
        String username = accounts.account(Role.PARTICIPANT).username();
        RequestPostProcessor from = newAddress();
        for (int i = 0; i < 50; i++) {
            basic(username, "wrong-password-" + i, from).andExpect(status().isUnauthorized());
        }
        // From another address too: it is the account that is locked, not only the address.
        basic(username, PASSWORD, newAddress())
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/sign-in-locked"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("This account is locked")));
    }

    @Test
    void fiftyWrongPasswordsThroughTheLoginFormThenTheRightOneIsRefusedWithAMessage() throws Exception {
        String username = accounts.account(Role.PARTICIPANT).username();
        RequestPostProcessor from = newAddress();
        MvcResult wrong = mvc.perform(form(username, "wrong-password", from))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        assertThat(loginPage(wrong)).contains("Wrong user name or password.");
        for (int i = 1; i < 50; i++) {
            mvc.perform(form(username, "wrong-password-" + i, from)).andExpect(redirectedUrl("/login?error"));
        }
        MvcResult right = mvc.perform(form(username, PASSWORD, newAddress()))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        assertThat(loginPage(right)).contains("This account is locked after too many failed sign-ins");
    }

    @Test
    void theSecretariatSeesAndLiftsALockAndThenTheRightPasswordWorks() throws Exception {
        String username = accounts.account(Role.RAPPORTEUR).username();
        long id = accountId(username);
        RequestPostProcessor from = newAddress();
        for (int i = 0; i < 5; i++) {
            basic(username, "wrong-password-" + i, from).andExpect(status().isUnauthorized());
        }
        basic(username, PASSWORD, from).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/accounts/" + id).with(admin()))
                .andExpect(jsonPath("$.lockedUntil").exists());
        mvc.perform(get("/directory/accounts/" + id).with(admin()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lift the lock")));

        mvc.perform(delete("/api/accounts/" + id + "/lockout")
                        .with(accounts.of(Role.CO_CHAIR).basic()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/accounts/" + id + "/lockout").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lockedUntil").doesNotExist());

        basic(username, PASSWORD, from).andExpect(status().isOk());
        // Lifting forgot the failures: one more wrong password does not lock it again.
        basic(username, "wrong-again", from).andExpect(status().isUnauthorized());
        basic(username, PASSWORD, from).andExpect(status().isOk());
    }

    @Test
    void theSecretariatLiftsALockOnTheAccountPage() throws Exception {
        String username = accounts.account(Role.PARTICIPANT).username();
        long id = accountId(username);
        RequestPostProcessor from = newAddress();
        for (int i = 0; i < 5; i++) {
            basic(username, "wrong-password-" + i, from);
        }
        mvc.perform(post("/directory/accounts/" + id + "/unlock").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/directory/accounts/" + id));
        mvc.perform(get("/directory/accounts/" + id).with(admin()))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Lift the lock"))));
        basic(username, PASSWORD, from).andExpect(status().isOk());
    }

    @Test
    void aLockIsKeptInTheDatabase() throws Exception {
        String username = accounts.account(Role.PARTICIPANT).username();
        RequestPostProcessor from = newAddress();
        for (int i = 0; i < 5; i++) {
            basic(username, "wrong-password-" + i, from);
        }
        assertThat(jdbc.sql("SELECT failures FROM account_lockout WHERE account_id = ?")
                        .param(accountId(username))
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void twentyFailuresFromOneAddressUnderDifferentNamesRefuseThatAddressEvenTheRightPassword() throws Exception {
        String username = accounts.account(Role.PARTICIPANT).username();
        RequestPostProcessor from = newAddress();
        for (int i = 0; i < 20; i++) {
            basic("nobody-" + i, "wrong-password", from).andExpect(status().isUnauthorized());
        }
        basic(username, PASSWORD, from)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("from your address")));
        basic(username, PASSWORD, newAddress()).andExpect(status().isOk());
    }

    @Test
    void eachFailedSignInIsLoggedWithNameAndAddressButNeverThePassword(CapturedOutput output) throws Exception {
        RequestPostProcessor from = newAddress();
        basic("no-such-account", "the-secret-tried", from).andExpect(status().isUnauthorized());
        mvc.perform(form("no-such-account", "the-other-secret-tried", from));
        assertThat(output.getOut())
                .contains("Failed sign-in for 'no-such-account' from " + lastAddress)
                .doesNotContain("the-secret-tried")
                .doesNotContain("the-other-secret-tried");
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsAWrongPasswordNotAServerError() throws Exception {
        String username = accounts.account(Role.PARTICIPANT).username();
        basic(username, "ж".repeat(40), newAddress()).andExpect(status().isUnauthorized());
    }

    private ResultActions basic(String username, String password, RequestPostProcessor from) throws Exception {
        return mvc.perform(
                get("/api/meetings").with(httpBasic(username, password)).with(from));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(
            String username, String password, RequestPostProcessor from) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from);
    }

    /** The login page in the session of that sign-in, whose cookie goes along as a browser's would. */
    private String loginPage(MvcResult signIn) throws Exception {
        Cookie session = Objects.requireNonNull(signIn.getResponse().getCookie("SESSION"));
        return mvc.perform(get("/login?error").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long accountId(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private String lastAddress;

    private RequestPostProcessor newAddress() {
        String address = "10.77." + ADDRESSES.incrementAndGet() + ".1";
        lastAddress = address;
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
