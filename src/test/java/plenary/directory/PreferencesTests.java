package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;

/**
 * An account's choice of language and time zone through real sign-ins (the form, a session on the database): kept
 * with the account, it makes the pages of every later session speak that language.
 */
@PlenaryIntegrationTest
class PreferencesTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void russianChosenOnceSpeaksRussianAtTheNextSignIn() throws Exception {
        Signed someone = accounts.account(Role.PARTICIPANT);
        Cookie first = signIn(someone.username());

        MockHttpServletResponse saved = mvc.perform(post("/account/preferences")
                        .param("language", "ru")
                        .param("timeZone", "Asia/Vladivostok")
                        .cookie(first)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/account");
        assertThat(preferences(someone)).isEqualTo("ru Asia/Vladivostok");

        String page = page(signIn(someone.username()));
        assertThat(page)
                .contains("<html lang=\"ru\">")
                .contains("<h1>Ваша учётная запись</h1>")
                .contains("<h2>Язык и часовой пояс</h2>")
                .contains("<option value=\"ru\" lang=\"ru\" selected>Русский</option>")
                .contains("value=\"Asia/Vladivostok\"");
    }

    @Test
    void aZoneThatNamesNoneIsRefusedBesideTheFieldAndChangesNothing() throws Exception {
        Signed someone = accounts.account(Role.PARTICIPANT);
        Cookie session = signIn(someone.username());

        MockHttpServletResponse refused = mvc.perform(post("/account/preferences")
                        .param("language", "ru")
                        .param("timeZone", "Mars/Olympus_Mons")
                        .cookie(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("<span class=\"field-error\" id=\"timeZone-error\" role=\"alert\">Time zone: ")
                .contains("value=\"Mars/Olympus_Mons\"");
        assertThat(preferences(someone)).isEqualTo("null null");
        assertThat(page(session)).contains("<html lang=\"en\">").contains("<h1>Your account</h1>");
    }

    private String preferences(Signed someone) {
        return jdbc.sql("SELECT language, time_zone FROM account WHERE username = ?")
                .param(someone.username())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .single();
    }

    private String page(Cookie session) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/account").cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Signs in through the form, as a browser that says nothing of its languages, and answers the session. */
    private Cookie signIn(String username) throws Exception {
        String address = "10.89." + ADDRESSES.incrementAndGet() + ".1";
        MockHttpServletResponse response = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", TestAccounts.PASSWORD)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/my-work");
        return Objects.requireNonNull(response.getCookie("SESSION"));
    }
}
