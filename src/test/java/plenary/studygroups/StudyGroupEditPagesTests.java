package plenary.studygroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;

/** The secretariat's forms for study groups ({@link StudyGroupEditPages}) in a slice. */
class StudyGroupEditPagesTests extends StudyGroupPageSlice {

    @Test
    void theBlankFormOffersEveryoneInThreeSlotsAndOnlyTheMemberCommittees() throws Exception {
        assertThat(html(get("/study-groups/new"), 200))
                .contains("<h1>New study group</h1>")
                .contains("action=\"/study-groups\"")
                .contains("<label>Co-chair 3\n")
                .doesNotContain("Co-chair 4")
                .contains("<label>Rapporteur 3\n")
                .contains("<option value=\"71\">Ha-eun Seol (CSCAP-Korea)</option>")
                .contains("<option value=\"72\">Mei Tanaka</option>")
                .contains("<input type=\"checkbox\" name=\"committeeIds\" value=\"5\"> Russian National Committee")
                .contains("<input type=\"checkbox\" name=\"committeeIds\" value=\"6\"> Korean National Committee")
                .doesNotContain("CSCAP Steering Committee")
                .doesNotContain("Delete study group");
    }

    @Test
    void theEditFormShowsTheGroupAsItIsWithRoomForTwoMore() throws Exception {
        assertThat(html(get("/study-groups/3/edit"), 200))
                .contains("<li><a href=\"/study-groups/3\">Study group on governance</a></li>")
                .contains("<li aria-current=\"page\">Edit</li>")
                .contains("action=\"/study-groups/3\"")
                .contains("<input type=\"hidden\" name=\"version\" value=\"2\">")
                .contains("<input name=\"title\" value=\"Study group on governance\" maxlength=\"300\">")
                .contains("<textarea name=\"mandate\" maxlength=\"4000\">To map the region's institutions.\n\n"
                        + "And to ask what they are for.</textarea>")
                .contains("<option value=\"ACTIVE\" selected>Active</option>")
                .contains("<input name=\"plannedMeetings\" type=\"number\" min=\"1\" max=\"20\" value=\"3\">")
                .contains("<option value=\"70\" selected>Pavel Kedrovsky (CSCAP-Russia)</option>")
                .contains("<option value=\"71\" selected>Ha-eun Seol (CSCAP-Korea)</option>")
                .contains("<option value=\"72\" selected>Mei Tanaka</option>")
                .contains("<label>Co-chair 4\n")
                .doesNotContain("Co-chair 5")
                .contains("<label>Rapporteur 3\n")
                .doesNotContain("Rapporteur 4")
                .contains("<input type=\"checkbox\" name=\"committeeIds\" value=\"5\" checked>")
                .contains("<input type=\"checkbox\" name=\"committeeIds\" value=\"6\" checked>")
                .contains("action=\"/study-groups/3/delete\"");
        given(groups.find(new StudyGroupId(99))).willReturn(Optional.empty());
        assertThat(html(get("/study-groups/99/edit"), 404)).contains("Study group 99 does not exist");
    }

    @Test
    void aRefusedGroupIsShownAgainWithTheMessagesBesideTheFieldsAndItsSlotsLeftEmpty() throws Exception {
        given(records.create(any()))
                .willThrow(new InvalidRecord(List.of(
                        new Violation("coChairIds", "required", "must name at least one co-chair"),
                        new Violation("plannedMeetings", "range", "must be between 1 and 20"))));

        String html = html(
                post("/study-groups")
                        .param("title", "Study group on energy")
                        .param("status", "ACTIVE")
                        .param("plannedMeetings", "25")
                        .param("coChairIds", "", "", "")
                        .param("committeeIds", "6")
                        .with(csrf()),
                200);
        assertThat(html)
                .contains("<h1>New study group</h1>")
                .contains("Nothing was saved. Please correct:")
                .contains("<span class=\"field-error\" id=\"coChairIds-error\" role=\"alert\">"
                        + "Co-chairs: must name at least one co-chair</span>")
                .contains("<span class=\"field-error\" id=\"plannedMeetings-error\" role=\"alert\">"
                        + "Planned meetings: must be between 1 and 20</span>")
                .contains("<input name=\"title\" value=\"Study group on energy\" maxlength=\"300\">")
                .contains("<input type=\"checkbox\" name=\"committeeIds\" value=\"6\" checked>")
                .contains("<label>Co-chair 3\n")
                .doesNotContain("Co-chair 4")
                .contains("<option value=\"ACTIVE\" selected>Active</option>")
                .doesNotContain("<option value=\"70\" selected>");
        then(records)
                .should()
                .create(new StudyGroupForm(
                        "Study group on energy",
                        null,
                        StudyGroupStatus.ACTIVE,
                        25,
                        List.of(),
                        null,
                        List.of(6L),
                        null));
    }

    @Test
    void aNumberThatIsNoneIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        assertThat(html(post("/study-groups").param("plannedMeetings", "three").with(csrf()), 200))
                .contains("<span class=\"field-error\" id=\"plannedMeetings-error\" role=\"alert\">"
                        + "Planned meetings: is not a valid value</span>");
        then(records).should(never()).create(any());
    }

    @Test
    void aStaleEditIsToldAboveTheFormAndKeepsTheChanges() throws Exception {
        given(records.update(eq(3L), any())).willThrow(new StaleEdit("Study group", GOVERNANCE));

        String html = html(form(post("/study-groups/3")).param("version", "1").with(csrf()), 200);
        assertThat(html)
                .contains("Study group was changed by someone else since you loaded it. "
                        + "Your changes are still in the form; reload to see the current record.")
                .contains("<textarea name=\"mandate\" maxlength=\"4000\">My older edit</textarea>")
                .contains("<input type=\"hidden\" name=\"version\" value=\"1\">");
    }

    @Test
    void aSavedGroupIsShownAndADeletedOneLeadsBackToTheList() throws Exception {
        given(records.create(any())).willReturn(GOVERNANCE);
        given(records.update(eq(3L), any())).willReturn(GOVERNANCE);

        mvc.perform(form(post("/study-groups")).with(csrf()).with(secretary()))
                .andExpect(redirectedUrl("/study-groups/3"));
        mvc.perform(form(post("/study-groups/3"))
                        .param("version", "2")
                        .with(csrf())
                        .with(secretary()))
                .andExpect(redirectedUrl("/study-groups/3"));
        mvc.perform(post("/study-groups/3/delete").with(csrf()).with(secretary()))
                .andExpect(redirectedUrl("/study-groups"));
        then(records)
                .should()
                .update(
                        3,
                        new StudyGroupForm(
                                "Study group on governance",
                                "My older edit",
                                StudyGroupStatus.ACTIVE,
                                3,
                                List.of(70L, 71L),
                                List.of(72L),
                                List.of(5L, 6L),
                                2));
        then(records).should().delete(3);
    }

    @Test
    void theFormsAreTheSecretariatsAndNoneIsSavedWithoutItsCsrfToken() throws Exception {
        mvc.perform(get("/study-groups/new").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/study-groups/3/edit").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/study-groups/new").with(participant())).andExpect(status().isForbidden());
        mvc.perform(get("/study-groups/3/edit").with(participant())).andExpect(status().isForbidden());
        mvc.perform(form(post("/study-groups/3")).with(csrf()).with(participant()))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/study-groups")).with(secretary())).andExpect(status().isForbidden());
        mvc.perform(post("/study-groups/3/delete").with(secretary())).andExpect(status().isForbidden());
        then(records).should(never()).create(any());
        then(records).should(never()).update(anyLong(), any());
        then(records).should(never()).delete(anyLong());
    }

    /** The page as the secretariat gets it, expecting that status. */
    private String html(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return mvc.perform(request.with(secretary()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Group 3's form as a browser sends it, with two empty slots each and a changed mandate (no CSRF token). */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post) {
        return post.param("title", "Study group on governance")
                .param("mandate", "My older edit")
                .param("status", "ACTIVE")
                .param("plannedMeetings", "3")
                .param("coChairIds", "70", "71", "", "")
                .param("rapporteurIds", "72", "", "")
                .param("committeeIds", "5", "6");
    }
}
