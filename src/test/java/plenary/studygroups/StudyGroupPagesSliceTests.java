package plenary.studygroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public pages of study groups ({@link StudyGroupPages}) in a slice: what the public, a participant and the
 * secretariat see. (The name {@code StudyGroupPagesTests} is the whole-application stories'.)
 */
class StudyGroupPagesSliceTests extends StudyGroupPageSlice {

    @Test
    void thePublicListShowsEachGroupWithItsStatusAndCoChairsByNameAndCommittee() throws Exception {
        assertThat(page(get("/study-groups"), 200))
                .contains("<title>Study groups · Plenary</title>")
                .contains("<td><a href=\"/study-groups/3\">Study group on governance</a></td>")
                .contains("<td><span class=\"badge badge-open\">Active</span></td>")
                .contains("<td><div>Pavel Kedrovsky (CSCAP-Russia)</div><div>Ha-eun Seol (CSCAP-Korea)</div></td>")
                .contains("<a href=\"/login\">Sign in</a>")
                .doesNotContain("New study group");
    }

    @Test
    void theSecretariatIsOfferedANewGroupAndAnEmptyListSaysSo() throws Exception {
        given(groups.all()).willReturn(List.of());

        assertThat(page(get("/study-groups").with(secretary()), 200))
                .contains("<div class=\"actions\"><a href=\"/study-groups/new\">New study group</a></div>")
                .contains("<p class=\"muted\">There are no study groups yet.</p>");
    }

    @Test
    void thePublicSeesAGroupWithMandateCoChairsCommitteesAndItsPublishedWorkNotASignInWall() throws Exception {
        assertThat(page(get("/study-groups/3"), 200))
                .contains("<title>Study group on governance · Plenary</title>")
                .contains("<h1>Study group on governance</h1>")
                .contains("<li><a href=\"/study-groups\">Study groups</a></li>")
                .contains("<span class=\"badge badge-open\">Active</span>")
                .contains("· 3 meetings planned")
                .contains("<a href=\"/api/study-groups/3/dossier?format=html\">"
                        + "The group's dossier: its published reports in one document</a>")
                .contains("<a href=\"/study-groups/3/calendar.ics\">Calendar of the group's meetings (iCalendar)</a>")
                // The slice has no reports module to list the group's published reports.
                .contains("<h3 id=\"published-reports\">Published reports</h3>")
                .contains("No report of the group's meetings is published yet.")
                .doesNotContain("/meetings?studyGroup=3")
                .contains("<p>To map the region's institutions.</p><p>And to ask what they are for.</p>")
                .contains("<ul><li>Pavel Kedrovsky (CSCAP-Russia)</li><li>Ha-eun Seol (CSCAP-Korea)</li></ul>")
                .contains("<ul><li>Russian National Committee of CSCAP</li><li>Korean National Committee of CSCAP</li>"
                        + "</ul>")
                .doesNotContain("Rapporteurs")
                .doesNotContain("Mei Tanaka")
                .doesNotContain("/study-groups/3/edit");
    }

    @Test
    void aSignedInReaderAlsoSeesTheRapporteursAndTheSecretariatTheEditLink() throws Exception {
        assertThat(page(get("/study-groups/3").with(participant()), 200))
                .contains("<h2>Rapporteurs</h2>\n        <ul><li>Mei Tanaka</li></ul>")
                .contains("<a href=\"/meetings?studyGroup=3\">Meetings</a>")
                .doesNotContain("/study-groups/3/edit");
        assertThat(page(get("/study-groups/3").with(secretary()), 200))
                .contains("<a href=\"/study-groups/3/edit\">Edit</a>");
    }

    @Test
    void aRussianReaderSeesTheGroupInRussian() throws Exception {
        assertThat(page(get("/study-groups/3").header("Accept-Language", "ru"), 200))
                .contains("<html lang=\"ru\">")
                .contains("<li><a href=\"/study-groups\">Исследовательские группы</a></li>")
                .contains("<span class=\"badge badge-open\">Работает</span>")
                .contains("· Запланировано встреч: 3")
                .contains("<h2>Мандат</h2>")
                .contains("<h2>Сопредседатели</h2>")
                .contains("<h2>Участвующие комитеты</h2>")
                .contains("Календарь встреч группы (iCalendar)")
                // The group's own words stay as written.
                .contains("<p>To map the region's institutions.</p>");
        assertThat(page(get("/study-groups").header("Accept-Language", "ru"), 200))
                .contains("<th>Название</th><th>Статус</th><th>Сопредседатели</th>");
    }

    @Test
    void aMissingGroupIsNotFound() throws Exception {
        given(groups.find(new StudyGroupId(99))).willReturn(Optional.empty());

        assertThat(page(get("/study-groups/99"), 404))
                .contains("<title>Not found · Plenary</title>")
                .contains("Study group 99 does not exist");
    }

    private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
