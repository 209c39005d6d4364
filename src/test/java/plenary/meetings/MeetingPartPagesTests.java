package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.institutions.IssueArea;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordInUse;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;

/**
 * The pages every kind of record kept inside a meeting shares ({@link MeetingPartPages}), shown through the
 * sessions' and the other kinds' pages in a slice: what the pages render and where they send the keeper.
 */
class MeetingPartPagesTests extends MeetingPageSlice {

    static final SessionView SAVED_SESSION = session(List.of());
    static final NextTaskView NEXT_TASK =
            new NextTaskView(61, 1, "Draft", "the Co-Chairs", List.of(), List.of(), null, null, 0);

    @Test
    void theEditFormShowsTheRecordAsStored() throws Exception {
        given(sessions.get(MEETING, SESSION)).willReturn(SAVED_SESSION);

        String html = html(get("/meetings/11/sessions/21"), 200);
        assertThat(html)
                .contains("<title>Edit session · Plenary</title>")
                .contains("<h1>Edit session 1</h1>")
                .contains("<form method=\"post\" action=\"/meetings/11/sessions/21\" class=\"record\">")
                .contains("name=\"version\" value=\"3\"")
                .contains(">Institutional arrangements</textarea>")
                .contains("name=\"objectives[0]\" value=\"reviewed\"")
                .contains("name=\"objectives[1]\" value=\"evaluated\"")
                .contains("<option value=\"70\" selected>Pavel Kedrovsky</option>")
                .contains("action=\"/meetings/11/sessions/21/delete\"")
                .contains("Delete session")
                .doesNotContain("class=\"problem\"");
    }

    @Test
    void theEditFormSpeaksTheReadersLanguageAndLeadsBackThroughTheStudyGroupAndTheMeeting() throws Exception {
        given(sessions.get(MEETING, SESSION)).willReturn(SAVED_SESSION);

        assertThat(html(get("/meetings/11/sessions/21").header("Accept-Language", "ru"), 200))
                .contains("<h1>Изменить заседание 1</h1>")
                .contains("<legend>Задачи по порядку (пустые строки пропускаются)</legend>")
                .contains("<option value=\"\">— (не записан)</option>")
                .contains("Удалить заседание…")
                .contains("<a href=\"/meetings/11#session-21\">")
                .contains(">Сохранить</button>");
    }

    @Test
    void aSaveOrADeleteTellsTheKeeperOnce() throws Exception {
        given(sessions.update(eq(MEETING), eq(SESSION), any())).willReturn(SAVED_SESSION);

        mvc.perform(post("/meetings/11/sessions/21")
                        .param("version", "3")
                        .with(csrf())
                        .with(keeper()))
                .andExpect(flash().attribute("plenary.notice", List.of("meetings.notice.part-saved")));
        mvc.perform(post("/meetings/11/next-tasks/61/delete").with(csrf()).with(keeper()))
                .andExpect(flash().attribute("plenary.notice", List.of("meetings.notice.part-deleted")));
    }

    @Test
    void aCreateTheRulesRefuseShowsTheFormAgainWithTheMessageBesideTheField() throws Exception {
        given(sessions.create(eq(MEETING), any()))
                .willThrow(InvalidRecord.of("theme", "required", "must not be blank"));

        String html = html(
                post("/meetings/11/sessions")
                        .with(csrf())
                        .param("number", "4")
                        .param("theme", " ")
                        .param("objectives[0]", "reviewed the talks"),
                200);
        assertThat(html)
                .contains("<h1>New session</h1>")
                .contains("Nothing was saved. Please correct:")
                .contains(
                        "<span class=\"field-error\" id=\"theme-error\" role=\"alert\">Theme: must not be blank</span>")
                .contains("name=\"number\" type=\"number\" min=\"1\" value=\"4\"")
                .contains("name=\"objectives[0]\" value=\"reviewed the talks\"")
                .doesNotContain("Delete session");
        then(sessions).should(never()).update(any(MeetingId.class), any(Long.class), any());
    }

    @Test
    void aStaleEditShowsTheGeneralMessageAndKeepsWhatWasSent() throws Exception {
        given(sessions.update(eq(MEETING), eq(SESSION), any())).willThrow(new StaleEdit("Session", SAVED_SESSION));

        String html = html(
                post("/meetings/11/sessions/21")
                        .with(csrf())
                        .param("number", "1")
                        .param("theme", "Renamed meanwhile here")
                        .param("version", "2"),
                200);
        assertThat(html)
                .contains("Session was changed by someone else since you loaded it. Your changes are still in the form;"
                        + " reload to see the current record.")
                .contains(">Renamed meanwhile here</textarea>")
                .contains("name=\"version\" value=\"2\"")
                .doesNotContain("class=\"field-error\"");
    }

    @Test
    void aSavedRecordIsShownInItsPlaceOnTheMeetingPage() throws Exception {
        given(sessions.create(eq(MEETING), any())).willReturn(SAVED_SESSION);
        given(sessions.update(eq(MEETING), eq(SESSION), any())).willReturn(SAVED_SESSION);
        given(participants.create(eq(MEETING), any()))
                .willReturn(new ParticipantView(41, SPEAKER.id(), SPEAKER.name(), Capacity.PRESENTER, 0));
        given(interventions.create(eq(MEETING), any())).willReturn(intervention(31));
        given(proposals.create(eq(MEETING), any()))
                .willReturn(new ProposalView(51, "Link the two processes", null, List.of(), 0));
        given(nextTasks.create(eq(MEETING), any())).willReturn(NEXT_TASK);

        savedTo(post("/meetings/11/sessions"), "/meetings/11#session-21");
        savedTo(post("/meetings/11/sessions/21").param("version", "3"), "/meetings/11#session-21");
        savedTo(post("/meetings/11/participants"), "/meetings/11#participants");
        savedTo(post("/meetings/11/interventions"), "/meetings/11#intervention-31");
        savedTo(post("/meetings/11/proposals"), "/meetings/11#proposal-51");
        savedTo(post("/meetings/11/next-tasks"), "/meetings/11#next-tasks");
    }

    @Test
    void aDeleteLeadsBackToWhereTheRecordWasOnTheMeetingPage() throws Exception {
        savedTo(post("/meetings/11/sessions/21/delete"), "/meetings/11");
        savedTo(post("/meetings/11/participants/41/delete"), "/meetings/11#participants");
        savedTo(post("/meetings/11/interventions/31/delete"), "/meetings/11");
        savedTo(post("/meetings/11/proposals/51/delete"), "/meetings/11#proposals");
        savedTo(post("/meetings/11/next-tasks/61/delete"), "/meetings/11#next-tasks");
    }

    @Test
    void aDeleteOfWhatIsStillInUseSaysWhy() throws Exception {
        willThrow(new RecordInUse("Session 21 still holds 1 intervention; remove those references first."))
                .given(sessions)
                .delete(MEETING, SESSION);

        String html = html(post("/meetings/11/sessions/21/delete").with(csrf()), 409);
        assertThat(html)
                .contains("<title>Still in use · Plenary</title>")
                .contains("Session 21 still holds 1 intervention; remove those references first.");
    }

    @Test
    void aRussianReaderIsToldInRussianThatTheRecordIsStillInUse() throws Exception {
        willThrow(new RecordInUse("Session 21 still holds 1 intervention; remove those references first."))
                .given(sessions)
                .delete(MEETING, SESSION);

        String html = html(post("/meetings/11/sessions/21/delete").with(csrf()).header("Accept-Language", "ru"), 409);
        assertThat(html)
                .contains("<title>Запись используется · Plenary</title>")
                .contains("Запись нельзя удалить, пока от неё зависит что-то ещё в Plenary; ничего не изменено.")
                .doesNotContain("Still in use")
                .doesNotContain("still holds");
    }

    @Test
    void aFailureIsShownInRussianWithTheReferenceItIsLoggedUnder() throws Exception {
        willThrow(new IllegalStateException("a bug")).given(sessions).delete(MEETING, SESSION);

        String russian =
                html(post("/meetings/11/sessions/21/delete").with(csrf()).header("Accept-Language", "ru"), 500);
        assertThat(russian)
                .contains("<h1>Что-то пошло не так</h1>")
                .containsPattern("Запрос не выполнен из-за сбоя на стороне Plenary\\. Сбой записан в журнал под "
                        + "номером [0-9a-f]{8}\\.")
                .doesNotContain("Something went wrong")
                .doesNotContain("a bug");
        assertThat(html(post("/meetings/11/sessions/21/delete").with(csrf()), 500))
                .contains("<h1>Something went wrong</h1>")
                .containsPattern("The request failed on Plenary's side and was not carried out\\. The failure is "
                        + "logged under reference [0-9a-f]{8}\\.");
    }

    @Test
    void noFormIsSavedWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/meetings/11/sessions").with(keeper()).param("number", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/11/sessions/21").with(keeper()).param("version", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/11/sessions/21/delete").with(keeper())).andExpect(status().isForbidden());
        then(sessions).shouldHaveNoInteractions();
    }

    @Test
    void theFormsAreForTheKeepersOfTheMeetingsRecordOnly() throws Exception {
        given(meetings.mayEdit(new MeetingId(12))).willReturn(false);

        html(get("/meetings/12/sessions/new"), 403);
        html(get("/meetings/12/participants/new"), 403);
        html(get("/meetings/12/interventions/new"), 403);
        mvc.perform(get("/meetings/11/sessions/new").accept("text/html")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSessionFormLeavesEmptyObjectiveLinesOut() throws Exception {
        given(sessions.create(eq(MEETING), any())).willReturn(SAVED_SESSION);

        savedTo(
                post("/meetings/11/sessions")
                        .param("number", "1")
                        .param("theme", "Reviewing institutions")
                        .param("objectives[0]", "reviewed a variety of institutions, such as the Six Party Talks")
                        .param("objectives[1]", " ")
                        .param("objectives[2]", "evaluated the past history"),
                "/meetings/11#session-21");
        ArgumentCaptor<SessionForm> sent = ArgumentCaptor.forClass(SessionForm.class);
        then(sessions).should().create(eq(MEETING), sent.capture());
        assertThat(sent.getValue().objectives())
                .containsExactly(
                        "reviewed a variety of institutions, such as the Six Party Talks",
                        "evaluated the past history");
    }

    @Test
    void blankObjectiveLinesCountAgainstNoBoundButThirtyOneObjectivesAreTooMany() throws Exception {
        given(sessions.create(eq(MEETING), any())).willReturn(SAVED_SESSION);
        var thirty = post("/meetings/11/sessions").param("number", "1").param("theme", "Everything at once");
        for (int i = 0; i < 33; i++) {
            thirty.param("objectives[" + i + "]", i < 30 ? "objective " + i : " ");
        }
        savedTo(thirty, "/meetings/11#session-21");
        ArgumentCaptor<SessionForm> sent = ArgumentCaptor.forClass(SessionForm.class);
        then(sessions).should().create(eq(MEETING), sent.capture());
        assertThat(sent.getValue().objectives()).hasSize(30);

        var thirtyOne =
                post("/meetings/11/sessions").with(csrf()).param("number", "2").param("theme", "Even more");
        for (int i = 0; i < 31; i++) {
            thirtyOne.param("objectives[" + i + "]", "objective " + i);
        }
        assertThat(html(thirtyOne, 200))
                .contains("id=\"objectives-error\"")
                .contains("must have at most 30 entries")
                .contains("name=\"objectives[30]\" value=\"objective 30\"");
        then(sessions).should().create(eq(MEETING), any());
    }

    @Test
    void theInterventionFormBindsItsSubjectsAndLinksAndLeavesEmptyRowsOut() throws Exception {
        given(interventions.create(eq(MEETING), any())).willReturn(intervention(32));

        savedTo(
                post("/meetings/11/interventions")
                        .param("sessionId", String.valueOf(SESSION))
                        .param("kind", "ARGUMENT")
                        .param("speakerPersonId", String.valueOf(SPEAKER.id()))
                        .param("summary", "The Six Party Talks should be embedded into the East Asia Summit.")
                        .param("subjects.institutionIds", "5", "6")
                        .param("subjects.issueAreas", "NORMS_AND_RULES")
                        .param("links[0].kind", "ELABORATES")
                        .param("links[0].targetId", "31")
                        .param("links[1].kind", "")
                        .param("links[1].targetId", ""),
                "/meetings/11#intervention-32");
        ArgumentCaptor<InterventionForm> sent = ArgumentCaptor.forClass(InterventionForm.class);
        then(interventions).should().create(eq(MEETING), sent.capture());
        InterventionForm form = sent.getValue();
        assertThat(form.sessionId()).isEqualTo(SESSION);
        assertThat(form.kind()).isEqualTo(InterventionKind.ARGUMENT);
        assertThat(form.speakerPersonId()).isEqualTo(SPEAKER.id().value());
        assertThat(form.subjects().institutionIds()).containsExactly(5L, 6L);
        assertThat(form.subjects().issueAreas()).containsExactly(IssueArea.NORMS_AND_RULES);
        assertThat(form.links()).containsExactly(new Link(LinkKind.ELABORATES, 31L));
    }

    @Test
    void theProposalFormKeepsItsPositionsAndLeavesEmptyRowsOut() throws Exception {
        given(proposals.create(eq(MEETING), any()))
                .willReturn(new ProposalView(51, "Link the two processes", null, List.of(), 0));

        savedTo(
                post("/meetings/11/proposals")
                        .param("text", "Link the pipeline issue and the denuclearization processes")
                        .param("positions[0].stance", "OPPOSES")
                        .param("positions[0].interventionId", "31")
                        .param("positions[0].note", "should not be a hostage")
                        .param("positions[1].stance", "")
                        .param("positions[1].personId", "")
                        .param("positions[1].note", ""),
                "/meetings/11#proposal-51");
        ArgumentCaptor<ProposalForm> sent = ArgumentCaptor.forClass(ProposalForm.class);
        then(proposals).should().create(eq(MEETING), sent.capture());
        assertThat(sent.getValue().text()).isEqualTo("Link the pipeline issue and the denuclearization processes");
        assertThat(sent.getValue().positions())
                .containsExactly(new PositionForm(PositionStance.OPPOSES, null, 31L, "should not be a hostage"));
    }

    @Test
    void anInterventionTheRulesRefuseKeepsWhatWasSentAndShowsEachMessageBesideItsField() throws Exception {
        given(interventions.create(eq(MEETING), any()))
                .willThrow(new InvalidRecord(List.of(
                        new Violation("speakerPersonId", "participant", "must be a participant of this meeting"),
                        new Violation(
                                "links[0].targetId",
                                "same-study-group",
                                "must name an intervention of the same study group"))));

        String html = html(
                post("/meetings/11/interventions")
                        .with(csrf())
                        .param("sessionId", String.valueOf(SESSION))
                        .param("kind", "ARGUMENT")
                        .param("summary", "An argument.")
                        .param("speakerPersonId", "71")
                        .param("links[0].kind", "DISAGREES_WITH")
                        .param("links[0].targetId", "99"),
                200);
        assertThat(html)
                .contains("<span class=\"field-error\" id=\"speakerPersonId-error\" role=\"alert\">"
                        + "Speaker: must be a participant of this meeting</span>")
                .contains("<span class=\"field-error\" id=\"links[0].targetId-error\" role=\"alert\">"
                        + "Linked intervention: must name an intervention of the same study group</span>")
                .contains(">An argument.</textarea>");
    }

    @Test
    void aParticipantTheRulesRefuseIsShownBesideTheField() throws Exception {
        given(participants.create(eq(MEETING), any()))
                .willThrow(InvalidRecord.of("personId", "unique", "is already a participant of this meeting"));

        assertThat(html(
                        post("/meetings/11/participants")
                                .with(csrf())
                                .param("personId", String.valueOf(SPEAKER.id()))
                                .param("capacity", "OBSERVER"),
                        200))
                .contains("<span class=\"field-error\" id=\"personId-error\" role=\"alert\">"
                        + "Person: is already a participant of this meeting</span>");
    }

    @Test
    void theNextTaskFormBindsItsOwnersAndDueDate() throws Exception {
        given(nextTasks.create(eq(MEETING), any())).willReturn(NEXT_TASK);

        savedTo(
                post("/meetings/11/next-tasks")
                        .param("description", "Draft a tentative, jointly crafted document")
                        .param("owner", "the Co-Chairs")
                        .param("ownerPersonIds", String.valueOf(SPEAKER.id()))
                        .param("dueOn", "2012-06-30"),
                "/meetings/11#next-tasks");
        ArgumentCaptor<NextTaskForm> sent = ArgumentCaptor.forClass(NextTaskForm.class);
        then(nextTasks).should().create(eq(MEETING), sent.capture());
        assertThat(sent.getValue().ownerPersonIds())
                .containsExactly(SPEAKER.id().value());
        assertThat(sent.getValue().dueOn()).isEqualTo(LocalDate.of(2012, 6, 30));
    }

    @Test
    void theMoveButtonsLeadBackToTheMovedRecord() throws Exception {
        given(interventions.move(MEETING, 32, 1)).willReturn(intervention(32));
        given(nextTasks.move(MEETING, 61, 2)).willReturn(NEXT_TASK);

        savedTo(post("/meetings/11/interventions/32/move").param("to", "1"), "/meetings/11#intervention-32");
        savedTo(post("/meetings/11/next-tasks/61/move").param("to", "2"), "/meetings/11#next-tasks");
    }

    /** Sends the form as the keeper, with its CSRF token, and expects to be sent on to that address. */
    void savedTo(MockHttpServletRequestBuilder request, String address) throws Exception {
        mvc.perform(request.with(csrf()).with(keeper())).andExpect(redirectedUrl(address));
    }

    static InterventionView intervention(long id) {
        return new InterventionView(
                id,
                SESSION,
                1,
                SPEAKER.id(),
                SPEAKER.name(),
                InterventionKind.ARGUMENT,
                "An argument.",
                null,
                null,
                Subjects.none(),
                List.of(),
                null,
                0);
    }
}
