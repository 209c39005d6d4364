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
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;

/** The committees' pages ({@link CommitteePages}) in a slice: what they render, where they send the secretariat. */
class CommitteePagesTests extends DirectoryPageSlice {

    @Test
    void theListShowsEachCommitteeWithItsKindAndCountry() throws Exception {
        given(committees.all()).willReturn(List.of(RUSSIA));

        assertThat(html(get("/directory/committees"), 200))
                .contains("<title>Committees · Plenary</title>")
                .contains("<a href=\"/directory/committees/new\">New committee</a>")
                .contains("<td><a href=\"/directory/committees/5\">Russian National Committee of CSCAP</a></td>")
                .contains("<td>CSCAP-Russia</td>")
                .contains("<td>Member committee</td>")
                .contains("<td>Russia</td>");
    }

    @Test
    void theBlankFormCreatesACommittee() throws Exception {
        assertThat(html(get("/directory/committees/new"), 200))
                .contains("<h1>New committee</h1>")
                .contains("action=\"/directory/committees\"")
                .contains("<input type=\"hidden\" name=\"version\">")
                .contains("<input name=\"name\" maxlength=\"200\">")
                .doesNotContain("Delete committee");
    }

    @Test
    void theEditFormShowsTheCommitteeAsStored() throws Exception {
        given(committees.get(5)).willReturn(RUSSIA);

        assertThat(html(get("/directory/committees/5"), 200))
                .contains("<title>Russian National Committee of CSCAP · Plenary</title>")
                .contains("action=\"/directory/committees/5\"")
                .contains("<input type=\"hidden\" name=\"version\" value=\"2\">")
                .contains("<input name=\"name\" value=\"Russian National Committee of CSCAP\" maxlength=\"200\">")
                .contains("<input name=\"acronym\" value=\"CSCAP-Russia\" maxlength=\"40\">")
                .contains("<option value=\"MEMBER_COMMITTEE\" selected>Member committee</option>")
                .contains("<option value=\"STEERING_COMMITTEE\">Steering committee</option>")
                .contains("<option value=\"RU\" selected>Russia</option>")
                .contains("<form method=\"post\" action=\"/directory/committees/5/delete\" class=\"inline\">");
    }

    @Test
    void aRefusedCommitteeIsShownAgainWithTheMessageBesideTheField() throws Exception {
        given(committees.create(any()))
                .willThrow(new InvalidRecord(List.of(new Violation("name", "required", "must be given"))));

        String html = html(
                post("/directory/committees")
                        .param("acronym", "CSCAP-Russia")
                        .param("kind", "MEMBER_COMMITTEE")
                        .with(csrf()),
                200);
        assertThat(html)
                .contains("<h1>New committee</h1>")
                .contains("Nothing was saved. Please correct:")
                .contains("<span class=\"field-error\" id=\"name-error\" role=\"alert\">Name: must be given</span>")
                .contains("<input name=\"acronym\" value=\"CSCAP-Russia\" maxlength=\"40\">")
                .doesNotContain("id=\"acronym-error\"");
    }

    @Test
    void aStaleEditKeepsTheFormAndSaysWhy() throws Exception {
        given(committees.update(eq(5L), any())).willThrow(new StaleEdit("Committee", RUSSIA));

        String html = html(
                post("/directory/committees/5")
                        .param("name", "Russian National Committee of CSCAP")
                        .param("acronym", "CSCAP-RU")
                        .param("kind", "MEMBER_COMMITTEE")
                        .param("version", "1")
                        .with(csrf()),
                200);
        assertThat(html)
                .contains("Committee was changed by someone else since you loaded it. "
                        + "Your changes are still in the form; reload to see the current record.")
                .contains("<input name=\"acronym\" value=\"CSCAP-RU\" maxlength=\"40\">")
                .contains("<input type=\"hidden\" name=\"version\" value=\"1\">");
    }

    @Test
    void aSavedOrDeletedCommitteeLeadsBackToTheList() throws Exception {
        given(committees.create(any())).willReturn(RUSSIA);
        given(committees.update(eq(5L), any())).willReturn(RUSSIA);

        mvc.perform(form(post("/directory/committees")).with(csrf()).with(secretary()))
                .andExpect(redirectedUrl("/directory/committees"));
        mvc.perform(form(post("/directory/committees/5"))
                        .param("version", "2")
                        .with(csrf())
                        .with(secretary()))
                .andExpect(redirectedUrl("/directory/committees"));
        mvc.perform(post("/directory/committees/5/delete").with(csrf()).with(secretary()))
                .andExpect(redirectedUrl("/directory/committees"));
        then(committees)
                .should()
                .create(new CommitteeForm(
                        "Russian National Committee of CSCAP",
                        "CSCAP-Russia",
                        CommitteeKind.MEMBER_COMMITTEE,
                        Nationality.RU,
                        null));
        then(committees).should().delete(5);
    }

    @Test
    void committeesAreTheSecretariatsAndNoFormIsSavedWithoutItsCsrfToken() throws Exception {
        mvc.perform(get("/directory/committees").with(coChair())).andExpect(status().isForbidden());
        mvc.perform(form(post("/directory/committees")).with(csrf()).with(coChair()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/committees").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(form(post("/directory/committees")).with(secretary())).andExpect(status().isForbidden());
        mvc.perform(post("/directory/committees/5/delete").with(secretary())).andExpect(status().isForbidden());
        then(committees).should(never()).all();
        then(committees).should(never()).create(any());
        then(committees).should(never()).delete(5);
    }

    /** A valid committee form as a browser fills it in (without its CSRF token). */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post) {
        return post.param("name", "Russian National Committee of CSCAP")
                .param("acronym", "CSCAP-Russia")
                .param("kind", "MEMBER_COMMITTEE")
                .param("country", "RU");
    }
}
