package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;

/** The accounts' pages ({@link AccountPages}) in a slice: what they render, where they send the secretariat. */
class AccountPagesTests extends DirectoryPageSlice {

    static final String PASSWORD = "correct horse battery staple";

    @BeforeEach
    void thePeopleToChooseFrom() {
        given(directory.people()).willReturn(List.of(PAVEL));
    }

    @Test
    void theListShowsEachAccountWithItsPersonRolesAndLock() throws Exception {
        AccountView locked = new AccountView(
                8, "locked.out", null, Set.of(Role.PARTICIPANT, Role.CO_CHAIR), false, 0, Instant.EPOCH);
        given(accounts.all()).willReturn(List.of(PAVELS_ACCOUNT, locked));

        assertThat(html(get("/directory/accounts"), 200))
                .contains("<title>Accounts · Plenary</title>")
                .contains("<a href=\"/directory/accounts/new\">New account</a>")
                .contains("<td><a href=\"/directory/accounts/7\">pkedrovsky</a></td>\n"
                        + "                <td>Pavel Kedrovsky</td>\n"
                        + "                <td>rapporteur</td>\n"
                        + "                <td>yes</td>")
                .contains("<td><a href=\"/directory/accounts/8\">locked.out</a></td>\n"
                        + "                <td></td>\n"
                        + "                <td>co-chair, participant</td>\n"
                        + "                <td>no <span class=\"badge badge-frozen\">locked</span></td>");
    }

    @Test
    void aRussianReaderReadsTheListInRussian() throws Exception {
        AccountView locked = new AccountView(
                8, "locked.out", null, Set.of(Role.PARTICIPANT, Role.CO_CHAIR), false, 0, Instant.EPOCH);
        given(accounts.all()).willReturn(List.of(locked));

        assertThat(html(get("/directory/accounts").header("Accept-Language", "ru"), 200))
                .contains("<title>Учётные записи · Plenary</title>")
                .contains("<a href=\"/directory/accounts/new\">Новая учётная запись</a>")
                .contains("<th>Имя пользователя</th>")
                .contains("<td>сопредседатель, участник</td>\n"
                        + "                <td>нет <span class=\"badge badge-frozen\">заблокирована</span></td>");
    }

    @Test
    void theBlankFormAsksForAPasswordAndEnablesTheAccount() throws Exception {
        assertThat(html(get("/directory/accounts/new"), 200))
                .contains("<h1>New account</h1>")
                .contains("action=\"/directory/accounts\"")
                .contains("<label>Password\n")
                .contains("<option value=\"70\">Pavel Kedrovsky</option>")
                .contains("<input type=\"checkbox\" name=\"enabled\" value=\"true\" checked> Enabled")
                .doesNotContain("Lift the lock")
                .doesNotContain("Delete account");
    }

    @Test
    void theEditFormShowsTheAccountAsStoredWithoutItsPassword() throws Exception {
        given(accounts.get(7)).willReturn(PAVELS_ACCOUNT);

        assertThat(html(get("/directory/accounts/7"), 200))
                .contains("<h1>pkedrovsky</h1>")
                .contains("action=\"/directory/accounts/7\"")
                .contains("<input type=\"hidden\" name=\"version\" value=\"3\">")
                .contains("<input name=\"username\" value=\"pkedrovsky\" maxlength=\"60\" autocomplete=\"off\">")
                .contains("<label>New password (leave empty to keep the current one)\n")
                .contains("<input name=\"password\" type=\"password\" autocomplete=\"new-password\">")
                .contains("<option value=\"70\" selected>Pavel Kedrovsky</option>")
                .contains("<input type=\"checkbox\" name=\"roles\" value=\"RAPPORTEUR\" checked> rapporteur")
                .contains("<input type=\"checkbox\" name=\"roles\" value=\"SECRETARIAT\"> secretariat")
                .contains("action=\"/directory/accounts/7/delete\"")
                .doesNotContain("Lift the lock");
    }

    @Test
    void aLockedAccountOffersToLiftTheLockAndLiftingItLeadsBackToTheAccount() throws Exception {
        given(accounts.get(7))
                .willReturn(new AccountView(
                        7, "pkedrovsky", 70L, Set.of(Role.RAPPORTEUR), true, 3, Instant.parse("2026-12-01T10:15:30Z")));

        assertThat(html(get("/directory/accounts/7"), 200))
                .contains("<form method=\"post\" action=\"/directory/accounts/7/unlock\" class=\"actions lockout\">")
                .contains("Locked after too many failed sign-ins until 1 Dec 2026, 10:15: "
                        + "until then even the right password is refused.")
                .contains("<button type=\"submit\">Lift the lock</button>");

        mvc.perform(post("/directory/accounts/7/unlock").with(csrf()).with(secretary()))
                .andExpect(redirectedUrl("/directory/accounts/7"));
        then(accounts).should().unlock(7);
    }

    @Test
    void aRefusedAccountIsShownAgainWithTheMessageBesideTheFieldButNotThePassword() throws Exception {
        given(accounts.create(any()))
                .willThrow(
                        new InvalidRecord(List.of(new Violation("username", "taken", "is taken by another account"))));

        String html = html(form(post("/directory/accounts")).with(csrf()), 200);
        assertThat(html)
                .contains("Nothing was saved. Please correct:")
                .contains("<span class=\"field-error\" id=\"username-error\" role=\"alert\">"
                        + "User name: is taken by another account</span>")
                .contains("<input name=\"username\" value=\"pkedrovsky\" maxlength=\"60\" autocomplete=\"off\">")
                .contains("<input type=\"checkbox\" name=\"roles\" value=\"RAPPORTEUR\" checked> rapporteur")
                .contains("<input name=\"password\" type=\"password\" autocomplete=\"new-password\">")
                .doesNotContain(PASSWORD)
                .doesNotContain("correct horse");
        then(accounts)
                .should()
                .create(new AccountForm("pkedrovsky", PASSWORD, 70L, Set.of(Role.RAPPORTEUR), null, null));
    }

    @Test
    void aStaleEditKeepsTheFormSaysWhyAndStillKeepsThePasswordBack() throws Exception {
        given(accounts.update(eq(7L), any())).willThrow(new StaleEdit("Account", PAVELS_ACCOUNT));

        String html =
                html(form(post("/directory/accounts/7")).param("version", "2").with(csrf()), 200);
        assertThat(html)
                .contains("Account was changed by someone else since you loaded it. "
                        + "Your changes are still in the form; reload to see the current record.")
                .contains("<input type=\"hidden\" name=\"version\" value=\"2\">")
                .contains("<input name=\"password\" type=\"password\" autocomplete=\"new-password\">")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aSavedOrDeletedAccountLeadsBackToTheList() throws Exception {
        given(accounts.create(any())).willReturn(PAVELS_ACCOUNT);
        given(accounts.update(eq(7L), any())).willReturn(PAVELS_ACCOUNT);

        mvc.perform(form(post("/directory/accounts")).with(csrf()).with(secretary()))
                .andExpect(redirectedUrl("/directory/accounts"));
        mvc.perform(form(post("/directory/accounts/7"))
                        .param("version", "3")
                        .with(csrf())
                        .with(secretary()))
                .andExpect(redirectedUrl("/directory/accounts"));
        mvc.perform(post("/directory/accounts/7/delete").with(csrf()).with(secretary()))
                .andExpect(redirectedUrl("/directory/accounts"));
        then(accounts).should().delete(7);
    }

    @Test
    void accountsAreTheSecretariatsAndNoFormIsSavedWithoutItsCsrfToken() throws Exception {
        mvc.perform(get("/directory/accounts").with(coChair())).andExpect(status().isForbidden());
        mvc.perform(post("/directory/accounts/7/unlock").with(csrf()).with(coChair()))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/directory/accounts")).with(secretary())).andExpect(status().isForbidden());
        mvc.perform(post("/directory/accounts/7/unlock").with(secretary())).andExpect(status().isForbidden());
        then(accounts).should(never()).all();
        then(accounts).should(never()).create(any());
        then(accounts).should(never()).unlock(anyLong());
    }

    @Test
    void aTickedEnabledBoxSavesAnEnabledAccountAndAnUntickedOneADisabledAccount() throws Exception {
        String page = html(get("/directory/accounts/new"), 200);
        given(accounts.create(any())).willReturn(PAVELS_ACCOUNT);

        mvc.perform(enabledAsTheBrowserSends(form(post("/directory/accounts")), page, true)
                        .with(csrf())
                        .with(secretary()))
                .andExpect(redirectedUrl("/directory/accounts"));
        mvc.perform(enabledAsTheBrowserSends(form(post("/directory/accounts")), page, false)
                        .with(csrf())
                        .with(secretary()))
                .andExpect(redirectedUrl("/directory/accounts"));

        var sent = ArgumentCaptor.forClass(AccountForm.class);
        then(accounts).should(times(2)).create(sent.capture());
        assertThat(sent.getAllValues()).extracting(AccountForm::enabled).containsExactly(true, false);
    }

    /** The page's "enabled" inputs in their order, as a browser submits them with the box ticked or not. */
    static MockHttpServletRequestBuilder enabledAsTheBrowserSends(
            MockHttpServletRequestBuilder post, String page, boolean ticked) {
        var inputs = Pattern.compile("<input [^>]*name=\"enabled\"[^>]*>").matcher(page);
        while (inputs.find()) {
            String input = inputs.group();
            String value = input.replaceAll(".*value=\"([^\"]*)\".*", "$1");
            if (!input.contains("type=\"checkbox\"") || ticked) {
                post = post.param("enabled", value);
            }
        }
        return post;
    }

    /**
     * An account's form as a browser fills it in, password included (without its CSRF token), but leaving out the
     * "enabled" inputs, which enabledAsTheBrowserSends adds as the page orders them.
     */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post) {
        return post.param("username", "pkedrovsky")
                .param("password", PASSWORD)
                .param("personId", "70")
                .param("roles", "RAPPORTEUR");
    }
}
