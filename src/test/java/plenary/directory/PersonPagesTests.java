package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;

/** The people's pages ({@link PersonPages}) in a slice: what they render, where they send the secretariat. */
class PersonPagesTests extends DirectoryPageSlice {

    @BeforeEach
    void theCommitteesToChooseFrom() {
        given(directory.committees()).willReturn(List.of(RUSSIA));
    }

    @Test
    void theListShowsEachPersonWithNationalityAffiliationAndPronoun() throws Exception {
        given(people.all()).willReturn(List.of(PAVEL));

        assertThat(html(get("/directory/people"), 200))
                .contains("<title>People · Plenary</title>")
                .contains("<a href=\"/directory/people/new\">New person</a>")
                .contains("<td><a href=\"/directory/people/70\">Pavel Kedrovsky</a></td>")
                .contains("<td>Russian</td>")
                .contains("<td>Institute of Far Eastern Studies</td>")
                .contains("<td>CSCAP-Russia</td>")
                .contains("<td>he</td>");
    }

    @Test
    void theBlankFormOffersTheCommittees() throws Exception {
        assertThat(html(get("/directory/people/new"), 200))
                .contains("<h1>New person</h1>")
                .contains("action=\"/directory/people\"")
                .contains("<option value=\"5\">Russian National Committee of CSCAP</option>")
                .doesNotContain(" selected>")
                .doesNotContain("Delete person");
    }

    @Test
    void theEditFormShowsThePersonAsStored() throws Exception {
        given(people.get(70)).willReturn(PAVEL);

        assertThat(html(get("/directory/people/70"), 200))
                .contains("<h1>Pavel Kedrovsky</h1>")
                .contains("action=\"/directory/people/70\"")
                .contains("<input type=\"hidden\" name=\"version\" value=\"4\">")
                .contains("<option value=\"RU\" selected>Russian (Russia)</option>")
                .contains("<input name=\"affiliation\" value=\"Institute of Far Eastern Studies\" maxlength=\"300\">")
                .contains("<option value=\"5\" selected>Russian National Committee of CSCAP</option>")
                .contains("<option value=\"HE\" selected>he</option>")
                .contains("<input name=\"email\" type=\"email\" value=\"pavel@example.org\" maxlength=\"254\">")
                .contains("action=\"/directory/people/70/delete\"");
    }

    @Test
    void aRefusedPersonIsShownAgainWithTheMessageBesideTheField() throws Exception {
        given(people.create(any()))
                .willThrow(new InvalidRecord(List.of(new Violation("email", "email", "must be an e-mail address"))));

        String html = html(form(post("/directory/people"), "broken").with(csrf()), 200);
        assertThat(html)
                .contains("Nothing was saved. Please correct:")
                .contains("<span class=\"field-error\" id=\"email-error\" role=\"alert\">"
                        + "E-mail: must be an e-mail address</span>")
                .contains("<input name=\"email\" type=\"email\" value=\"broken\" maxlength=\"254\">")
                .contains("<input name=\"name\" value=\"Pavel Kedrovsky\" maxlength=\"200\">")
                .contains("<option value=\"5\" selected>Russian National Committee of CSCAP</option>");
    }

    @Test
    void aCommitteeThatIsNoNumberIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        String html = html(
                post("/directory/people")
                        .param("name", "Pavel Kedrovsky")
                        .param("committeeId", "not-a-number")
                        .with(csrf()),
                200);
        assertThat(html)
                .contains("<span class=\"field-error\" id=\"committeeId-error\" role=\"alert\">"
                        + "Member committee: is not a valid value</span>");
        then(people).should(never()).create(any());
    }

    @Test
    void aStaleEditKeepsTheFormAndSaysWhy() throws Exception {
        given(people.update(eq(70L), any())).willThrow(new StaleEdit("Person", PAVEL));

        String html = html(
                form(post("/directory/people/70"), "p.kedrovsky@example.org")
                        .param("version", "3")
                        .with(csrf()),
                200);
        assertThat(html)
                .contains("Person was changed by someone else since you loaded it. "
                        + "Your changes are still in the form; reload to see the current record.")
                .contains("value=\"p.kedrovsky@example.org\"")
                .contains("<input type=\"hidden\" name=\"version\" value=\"3\">");
    }

    @Test
    void aSavedOrDeletedPersonLeadsBackToTheList() throws Exception {
        given(people.create(any())).willReturn(PAVEL);
        given(people.update(eq(70L), any())).willReturn(PAVEL);

        mvc.perform(form(post("/directory/people"), "pavel@example.org")
                        .with(csrf())
                        .with(secretary()))
                .andExpect(redirectedUrl("/directory/people"));
        mvc.perform(form(post("/directory/people/70"), "pavel@example.org")
                        .param("version", "4")
                        .with(csrf())
                        .with(secretary()))
                .andExpect(redirectedUrl("/directory/people"));
        mvc.perform(post("/directory/people/70/delete").with(csrf()).with(secretary()))
                .andExpect(redirectedUrl("/directory/people"));
        then(people)
                .should()
                .update(
                        70,
                        new PersonForm(
                                "Pavel Kedrovsky",
                                Nationality.RU,
                                "Institute of Far Eastern Studies",
                                5L,
                                Pronoun.HE,
                                "pavel@example.org",
                                4));
        then(people).should().delete(70);
    }

    @Test
    void peopleAreTheSecretariatsAndNoFormIsSavedWithoutItsCsrfToken() throws Exception {
        mvc.perform(get("/directory/people/70").with(coChair())).andExpect(status().isForbidden());
        mvc.perform(post("/directory/people/70/delete").with(csrf()).with(coChair()))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/directory/people"), "pavel@example.org").with(secretary()))
                .andExpect(status().isForbidden());
        then(people).should(never()).get(70);
        then(people).should(never()).create(any());
        then(people).should(never()).delete(70);
    }

    /** A person's form as a browser fills it in (without its CSRF token). */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post, String email) {
        return post.param("name", "Pavel Kedrovsky")
                .param("nationality", "RU")
                .param("affiliation", "Institute of Far Eastern Studies")
                .param("committeeId", "5")
                .param("pronoun", "HE")
                .param("email", email);
    }
}
