package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.InstitutionView;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;

/** The pages of meetings themselves ({@link MeetingPages}) in a slice: what they render, where they send the keeper. */
class MeetingPagesTests extends MeetingPageSlice {

    static final StudyGroupView GOVERNANCE = group(GROUP, "Study group on governance");

    @Test
    void theRecordPageShowsSessionsObjectivesInterventionsAndTheirLinks() throws Exception {
        InterventionView response = new InterventionView(
                31,
                SESSION,
                1,
                SPEAKER.id(),
                SPEAKER.name(),
                InterventionKind.RESPONSE,
                "A neutral summary of what was said.",
                null,
                null,
                new Subjects(List.of(5L), List.of()),
                List.of(new LinkView(LinkKind.RESPONDS_TO, 8, 9, 1, 1, InterventionKind.CONCERN)),
                null,
                0);
        given(meetings.get(MEETING)).willReturn(record(List.of(session(List.of(response)))));
        given(institutions.shortNames(List.of(new InstitutionId(5)))).willReturn(Map.of(new InstitutionId(5), "6PT"));

        String html = html(get("/meetings/11"), 200);
        assertThat(html)
                .contains("<title>The second meeting · Plenary</title>")
                .contains("Session 1: Institutional arrangements")
                .contains("(1) reviewed")
                .contains("(2) evaluated")
                .contains("Chair: Pavel Kedrovsky")
                .contains("id=\"intervention-31\"")
                .contains("<span class=\"tag\">6PT</span>")
                .contains("More than 20 experts from 9 member committees and other regions")
                .contains("href=\"/meetings/9#intervention-8\"")
                .contains("responds to a concern (session 1 of the first meeting)")
                .contains("<a href=\"/meetings/11/edit\">Edit meeting</a>")
                .contains("<a href=\"/meetings/11/interventions/31\" "
                        + "aria-label=\"Edit the intervention of Pavel Kedrovsky\">Edit</a>")
                .contains("<a href=\"#session-21\">Session 1: Institutional arrangements</a>")
                .contains("<time datetime=\"2011-11-14\">14 November 2011</time>")
                .contains("<li><a href=\"/study-groups/3\">Study group on governance</a></li>");
    }

    @Test
    void theParticipantFormNamesCapacitiesInTheReadersLanguageUnderItsMeetingsTrail() throws Exception {
        given(meetings.get(MEETING)).willReturn(record(List.of()));

        assertThat(html(get("/meetings/11/participants/new"), 200))
                .contains("<h1>New participant</h1>")
                .contains("<a href=\"/meetings/11#participants\">The second meeting</a>")
                .contains("<option value=\"CO_CHAIR\">co-chair</option>");
        assertThat(html(get("/meetings/11/participants/new").header("Accept-Language", "ru"), 200))
                .contains("<h1>Новый участник</h1>")
                .contains("<option value=\"CO_CHAIR\">сопредседатель</option>")
                .contains(">Сохранить</button>");
    }

    @Test
    void aRussianReaderSeesTheRecordsInterfaceInRussianAndItsDatesInRussianWords() throws Exception {
        given(meetings.get(MEETING)).willReturn(record(List.of(session(List.of()))));

        assertThat(html(get("/meetings/11").header("Accept-Language", "ru"), 200))
                .contains("<title>2-я встреча · Plenary</title>")
                .contains("<h2 id=\"toc-heading\" class=\"toc-heading\">Содержание</h2>")
                .contains("<a href=\"#proposals\">Предложения</a>")
                .contains("<a href=\"#next-tasks\">Дальнейшие задачи</a>")
                .contains("<time datetime=\"2011-11-14\">14 ноября 2011 г.</time>")
                .contains("<span class=\"tag\">без атрибуции</span>")
                .contains("Добавить выступление")
                .contains("Изменить встречу")
                // The record's own words stay as written.
                .contains("Institutional arrangements");
        given(meetings.summaries(null)).willReturn(List.of(record(List.of()).summary()));
        assertThat(html(get("/meetings").header("Accept-Language", "ru"), 200))
                .contains("<a href=\"/meetings/11\">2-я встреча, Vladivostok</a>")
                .contains("<td class=\"date\"><time datetime=\"2011-11-14\">14 нояб. 2011 г.</time></td>")
                .contains("<option value=\"\">Все исследовательские группы</option>");
    }

    @Test
    void aRussianReaderReadsTheLinksTheAttendanceAndTheCountryInRussian() throws Exception {
        InterventionView response = new InterventionView(
                31,
                SESSION,
                1,
                SPEAKER.id(),
                SPEAKER.name(),
                InterventionKind.RESPONSE,
                "A neutral summary of what was said.",
                null,
                null,
                new Subjects(List.of(), List.of()),
                List.of(new LinkView(LinkKind.RESPONDS_TO, 8, 9, 1, 1, InterventionKind.CONCERN)),
                null,
                0);
        given(meetings.get(MEETING)).willReturn(record(List.of(session(List.of(response)))));

        assertThat(html(get("/meetings/11").header("Accept-Language", "ru"), 200))
                .contains("<dd>Vladivostok, Россия</dd>")
                .contains("<dd>Более 20 экспертов из 9 комитетов-членов и других регионов</dd>")
                .contains(">отвечает на озабоченность (1-я встреча, заседание 1)</a>")
                .doesNotContain("responds to")
                .doesNotContain("experts");
        assertThat(html(get("/meetings/11"), 200))
                .contains("<dd>Vladivostok, Russia</dd>")
                .contains("<dd>More than 20 experts from 9 member committees and other regions</dd>");
    }

    @Test
    void oneWhoDoesNotKeepTheRecordReadsItWithoutEditing() throws Exception {
        given(meetings.mayEdit(MEETING)).willReturn(false);

        assertThat(html(get("/meetings/11"), 200))
                .contains("Session 1: Institutional arrangements")
                .doesNotContain("Edit meeting")
                .doesNotContain("Add session")
                .doesNotContain("/meetings/11/sessions/21\"");
    }

    @Test
    void theListOffersANewMeetingOnlyForTheGroupsWhereOneMayCreateIt() throws Exception {
        given(studyGroups.all()).willReturn(List.of(GOVERNANCE, group(new StudyGroupId(4), "Study group on energy")));
        given(meetings.mayCreate(GOVERNANCE)).willReturn(true);
        given(meetings.summaries(null)).willReturn(List.of(record(List.of()).summary()));

        assertThat(html(get("/meetings"), 200))
                .contains("<a href=\"/meetings/new?studyGroup=3\">New meeting of Study group on governance</a>")
                .doesNotContain("/meetings/new?studyGroup=4")
                .contains("<a href=\"/meetings/11\">The second meeting, Vladivostok</a>");
    }

    @Test
    void theNewMeetingFormIsForThoseWhoMayCreateTheGroupsMeetings() throws Exception {
        given(meetings.mayCreate(GROUP)).willReturn(true);
        given(studyGroups.find(GROUP)).willReturn(Optional.of(GOVERNANCE));

        assertThat(html(get("/meetings/new").param("studyGroup", "3"), 200))
                .contains("<h1>New meeting <span class=\"small\">of Study group on governance</span></h1>")
                .contains("<input type=\"hidden\" name=\"studyGroupId\" value=\"3\">")
                .contains("name=\"startsOn\"");
        html(get("/meetings/new").param("studyGroup", "4"), 403);
    }

    @Test
    void theEditFormShowsTheMeetingAsStored() throws Exception {
        assertThat(html(get("/meetings/11/edit"), 200))
                .contains("<h1>Edit meeting")
                .contains("action=\"/meetings/11\"")
                .contains("name=\"version\" value=\"4\"")
                .contains("name=\"ordinal\" type=\"number\" min=\"1\" value=\"2\"")
                .contains("name=\"city\" value=\"Vladivostok\"")
                .contains("name=\"startsOn\" type=\"date\" value=\"2011-11-14\"");
        given(meetings.mayEdit(new MeetingId(12))).willReturn(false);
        html(get("/meetings/12/edit"), 403);
    }

    @Test
    void theFormOffersTheHouseStyleWithTheSeedsChosenAndSendsTheOneChosen() throws Exception {
        assertThat(html(get("/meetings/11/edit"), 200))
                .contains("<option value=\"PARTICIPANT\" selected>“a participant”</option>")
                .contains("<option value=\"ARABIC\" selected>Session 2</option>")
                .contains("<option value=\"PARAGRAPHS\" selected>paragraphs</option>")
                .contains("<textarea name=\"courtesy\"");
        given(meetings.create(any())).willReturn(record(List.of()));

        mvc.perform(form(post("/meetings"))
                        .param("courtesy", "The Co-Chairs thanked the hosts.")
                        .param("speakerNoun", "SPEAKER")
                        .param("sessionNumbering", "ROMAN")
                        .param("findings", "BULLETS")
                        .with(csrf())
                        .with(keeper()))
                .andExpect(redirectedUrl("/meetings/11"))
                // The meeting's page then says, once, that it was made.
                .andExpect(flash().attribute("plenary.notice", List.of("meetings.notice.created")));

        then(meetings)
                .should()
                .create(org.mockito.ArgumentMatchers.argThat(
                        f -> "The Co-Chairs thanked the hosts.".equals(f.courtesy())
                                && f.houseStyle()
                                        .equals(new HouseStyle(
                                                SpeakerNoun.SPEAKER, SessionNumbering.ROMAN, Findings.BULLETS))));
    }

    @Test
    void aMeetingFormWithErrorsShowsThemBesideTheFieldsAndSavesNothing() throws Exception {
        given(meetings.create(any()))
                .willThrow(new InvalidRecord(List.of(
                        new Violation("endsOn", "order", "must not be before startsOn"),
                        new Violation("city", "required", "must be given"))));
        String html = html(
                form(post("/meetings"))
                        .with(csrf())
                        .param("endsOn", "2011-11-13")
                        .param("city", "")
                        .param("attributionRule", "NONE"),
                200);
        assertThat(html)
                .contains("Nothing was saved")
                .contains("<span class=\"field-error\" id=\"endsOn-error\" role=\"alert\">"
                        + "End date: must not be before startsOn</span>")
                .contains("<span class=\"field-error\" id=\"city-error\" role=\"alert\">City: must be given</span>")
                .contains("name=\"endsOn\" type=\"date\" value=\"2011-11-13\"");

        html = html(
                post("/meetings")
                        .with(csrf())
                        .param("studyGroupId", "3")
                        .param("ordinal", "first")
                        .param("startsOn", "14/11/2011"),
                200);
        assertThat(html)
                .contains(
                        "<span class=\"field-error\" id=\"ordinal-error\" role=\"alert\">Number: is not a valid value")
                .contains("id=\"startsOn-error\"")
                .contains("Nothing was saved");
        then(meetings).should().create(any());
    }

    @Test
    void aStaleEditOfAMeetingKeepsTheFormAndSaysWhy() throws Exception {
        given(meetings.update(eq(MEETING), any())).willThrow(new StaleEdit("Meeting", record(List.of())));

        String html = html(
                post("/meetings/11")
                        .with(csrf())
                        .param("studyGroupId", "3")
                        .param("ordinal", "2")
                        .param("startsOn", "2011-11-14")
                        .param("city", "Khabarovsk")
                        .param("country", "RU")
                        .param("attributionRule", "NONE")
                        .param("version", "0"),
                200);
        assertThat(html)
                .contains("Meeting was changed by someone else since you loaded it.")
                .contains("name=\"city\" value=\"Khabarovsk\"");
    }

    @Test
    void aSavedMeetingIsShownAndADeletedOneLeadsBackToItsGroupsMeetings() throws Exception {
        given(meetings.create(any())).willReturn(record(List.of()));
        given(meetings.update(eq(MEETING), any())).willReturn(record(List.of()));

        mvc.perform(form(post("/meetings")).with(csrf()).with(keeper())).andExpect(redirectedUrl("/meetings/11"));
        mvc.perform(form(post("/meetings/11"))
                        .param("version", "4")
                        .with(csrf())
                        .with(keeper()))
                .andExpect(redirectedUrl("/meetings/11"));
        mvc.perform(post("/meetings/11/delete").with(csrf()).with(keeper()))
                .andExpect(redirectedUrl("/meetings?studyGroup=3"));
    }

    @Test
    void anInterventionsAddressLeadsToItsPlaceOnItsMeetingsPage() throws Exception {
        given(meetings.meetingOf(31)).willReturn(Optional.of(MEETING.value()));

        mvc.perform(get("/meetings/interventions/31").with(keeper()))
                .andExpect(redirectedUrl("/meetings/11#intervention-31"));
        assertThat(html(get("/meetings/interventions/99"), 404))
                .contains("<title>Not found · Plenary</title>")
                .contains("Intervention 99 does not exist");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsAskedToAndNoFormIsSavedWithoutItsCsrfToken() throws Exception {
        mvc.perform(get("/meetings/11").accept("text/html"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
        mvc.perform(form(post("/meetings")).with(keeper())).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/11/delete").with(keeper())).andExpect(status().isForbidden());
        then(meetings).should(never()).create(any());
        then(meetings).should(never()).delete(MEETING);
    }

    /** A valid meeting form as a browser fills it in (without its CSRF token). */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post) {
        return post.param("studyGroupId", "3")
                .param("ordinal", "2")
                .param("startsOn", "2011-11-14")
                .param("city", "Vladivostok")
                .param("country", "RU")
                .param("attributionRule", "NONE");
    }

    static StudyGroupView group(StudyGroupId id, String title) {
        return new StudyGroupView(
                id, title, null, StudyGroupStatus.ACTIVE, 3, List.of(SPEAKER.id()), List.of(), List.of(), 0);
    }

    static InstitutionView institution(long id, String name, String acronym) {
        return InstitutionView.of(id, name, acronym, InstitutionKind.TALKS, InstitutionStatus.SUSPENDED);
    }
}
