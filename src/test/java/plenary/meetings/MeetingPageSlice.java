package plenary.meetings;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.PlenaryAccount;
import plenary.directory.Pronoun;
import plenary.directory.Role;
import plenary.institutions.Institutions;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroups;
import plenary.web.PageSliceTest;

/**
 * The meetings' page controllers alone, as every page slice of the module sees them: the real pages, templates,
 * layout and security, with the module's commands and the other modules' reads mocked. Meeting 11 of study group 3
 * has one session (21) and one participant; the one signed in keeps its record. All slices of the module declare
 * the same beans, so they share one application context.
 */
@PageSliceTest({
    MeetingPages.class,
    SessionPages.class,
    ParticipantPages.class,
    InterventionPages.class,
    ProposalPages.class,
    NextTaskPages.class
})
@Import({Editing.class, RecordPage.class})
abstract class MeetingPageSlice {

    static final MeetingId MEETING = new MeetingId(11);
    static final StudyGroupId GROUP = new StudyGroupId(3);
    static final long SESSION = 21;
    static final PersonView SPEAKER = new PersonView(
            new PersonId(70),
            "Pavel Kedrovsky",
            Nationality.RU,
            "Institute of Pavel Kedrovsky",
            null,
            Pronoun.HE,
            null,
            0);
    static final PlenaryAccount KEEPER =
            new PlenaryAccount(7, "keeper", "", SPEAKER.id().value(), Set.of(Role.RAPPORTEUR), true, false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeetingRecords meetings;

    @MockitoBean
    SessionRecords sessions;

    @MockitoBean
    ParticipantRecords participants;

    @MockitoBean
    InterventionRecords interventions;

    @MockitoBean
    ProposalRecords proposals;

    @MockitoBean
    NextTaskRecords nextTasks;

    @MockitoBean
    StudyGroups studyGroups;

    @MockitoBean
    Directory directory;

    @MockitoBean
    Institutions institutions;

    @BeforeEach
    void theKeeperKeepsMeeting11() {
        given(meetings.mayEdit(MEETING)).willReturn(true);
        given(meetings.get(MEETING)).willReturn(record(List.of(session(List.of()))));
        // The page asks for the record and the right to edit it at once; each test stubs the two apart.
        given(meetings.shown(any())).willAnswer(call -> {
            MeetingId id = call.getArgument(0);
            return new MeetingRecords.Shown(meetings.get(id), meetings.mayEdit(id));
        });
        given(directory.people()).willReturn(List.of(SPEAKER));
    }

    static RequestPostProcessor keeper() {
        return user(KEEPER);
    }

    /** The page as the keeper gets it, expecting that status. */
    String html(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return mvc.perform(request.with(keeper()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static MeetingRecord record(List<SessionView> sessions) {
        return new MeetingRecord(
                MEETING,
                GROUP,
                "Study group on governance",
                2,
                false,
                null,
                LocalDate.of(2011, 11, 14),
                null,
                "Vladivostok",
                Nationality.RU,
                null,
                null,
                20,
                9,
                AttendanceQualifier.MORE_THAN,
                true,
                AttributionRule.NONE,
                true,
                1,
                List.of(new ParticipantView(41, SPEAKER.id(), SPEAKER.name(), Capacity.PRESENTER, 0)),
                sessions,
                List.of(),
                List.of(),
                4);
    }

    static SessionView session(List<InterventionView> interventions) {
        return new SessionView(
                SESSION,
                1,
                "Institutional arrangements",
                List.of("reviewed", "evaluated"),
                SPEAKER.id(),
                SPEAKER.name(),
                interventions,
                3);
    }
}
