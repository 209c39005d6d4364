package plenary.mywork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.AccountForm;
import plenary.directory.AccountRecords;
import plenary.directory.CurrentAccount;
import plenary.directory.Role;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The "My work" page and its API: the form sign-in lands there (a page asked for first still wins); one with
 * nothing to do is told so and where to go; an account that speaks for no person is told why nothing is asked of
 * it; the secretariat sees the mail that could not be sent, and no one else does.
 */
@PlenaryIntegrationTest
class MyWorkTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountRecords accountRecords;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theFormSignInLandsOnMyWork() throws Exception {
        Signed someone = accounts.account(Role.PARTICIPANT);

        MockHttpServletResponse signedIn =
                mvc.perform(signIn(someone.username())).andReturn().getResponse();

        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/my-work");
    }

    @Test
    void aPageAskedForBeforeSigningInStillWins() throws Exception {
        Signed someone = accounts.account(Role.PARTICIPANT);
        MockHttpServletResponse asked =
                mvc.perform(get("/meetings")).andReturn().getResponse();
        Cookie session = Objects.requireNonNull(asked.getCookie("SESSION"));

        MockHttpServletResponse signedIn = mvc.perform(
                        signIn(someone.username()).cookie(session))
                .andReturn()
                .getResponse();

        assertThat(signedIn.getRedirectedUrl()).startsWith("http://localhost/meetings");
    }

    @Test
    void oneWithNothingToDoIsToldSoAndWhereToGo() throws Exception {
        Signed someone = accounts.account(Role.PARTICIPANT);

        assertThat(read("/api/my-work", someone.basic())).isEmpty();
        assertThat(page(someone.basic()))
                .contains("<h1 id=\"page-heading\">My work</h1>")
                .contains("Nothing awaits you.")
                .contains("<a href=\"/memoranda\">memoranda</a>")
                .contains("<a href=\"/my-work\">My work</a>");
    }

    @Test
    void anAccountThatSpeaksForNoPersonIsToldWhyNothingIsAskedOfIt() throws Exception {
        String username = "noperson" + ADDRESSES.incrementAndGet() + "-" + System.nanoTime() % 100000;
        CurrentAccount.asSystem(() -> accountRecords.create(
                new AccountForm(username, TestAccounts.PASSWORD, null, Set.of(Role.PARTICIPANT), true, null)));
        RequestPostProcessor basic =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        username, TestAccounts.PASSWORD);

        assertThat(page(basic)).contains("This account speaks for no person, so nothing is asked of it.");
        assertThat(read("/api/my-work", basic)).isEmpty();
    }

    @Test
    void theSecretariatSeesMailThatCouldNotBeSentAndNoOneElseDoes() throws Exception {
        transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(
                "plain",
                "unsent@example.org",
                "Una Sent",
                null,
                Map.of("subject", "Never sent", "body", "Body."),
                Instant.now(),
                "plain:my-work:" + System.nanoTime())));

        List<JsonNode> unsent = ofKind(read("/api/my-work", TestAccounts.admin()), "UNSENT_MAIL");
        assertThat(unsent).isNotEmpty();
        assertThat(unsent.get(0).get("kindLabel").asString()).isEqualTo("Mail not sent");
        assertThat(unsent.get(0).get("what").asString())
                .startsWith("Mail not sent: ")
                .endsWith(" (never tried: no mail server)");
        // Other tests' mail may wait too, and only the oldest show: the words are checked, not the message.
        assertThat(page(TestAccounts.admin()))
                .contains("<td>Mail not sent</td>")
                .contains("<td>Mail not sent: a message of kind ")
                .contains(" (never tried: no mail server)</td>")
                .contains("<td>To ");
        assertThat(russianPage(TestAccounts.admin()))
                .contains("<td>Неотправленное письмо</td>")
                .contains("<td>Письмо не отправлено: письмо вида ")
                .contains(" (не отправлялось: почтовый сервер не настроен)</td>")
                .contains("<td>Кому: ")
                .doesNotContain("Mail not sent");

        Signed someone = accounts.account(Role.CO_CHAIR);
        assertThat(ofKind(read("/api/my-work", someone.basic()), "UNSENT_MAIL")).isEmpty();
    }

    private MockHttpServletRequestBuilder signIn(String username) {
        String address = "10.88." + ADDRESSES.incrementAndGet() + ".1";
        return post("/login")
                .param("username", username)
                .param("password", TestAccounts.PASSWORD)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private JsonNode read(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private String page(RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/my-work").with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String russianPage(RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/my-work").with(who).header("Accept-Language", "ru"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<JsonNode> ofKind(JsonNode items, String kind) {
        List<JsonNode> found = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("kind").asString().equals(kind)) {
                found.add(i);
            }
        });
        return found;
    }
}
