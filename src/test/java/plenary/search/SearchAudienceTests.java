package plenary.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CommitteeId;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Subjects;
import plenary.search.internal.Follower;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A reader finds only what they may read: a speaker of a meeting held under a non-attribution rule is found by
 * name only by those who see its named record, and the public finds only what was published.
 */
@PlenaryIntegrationTest
class SearchAudienceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Follower follower;

    @Autowired
    MeetingRecords meetings;

    @Autowired
    StudyGroupRecords groupRecords;

    @Autowired
    SessionRecords sessions;

    @Autowired
    InterventionRecords interventions;

    @Autowired
    StudyGroups studyGroups;

    @BeforeEach
    void catchUp() {
        follower.follow();
    }

    static RequestPostProcessor demo(String account) {
        return httpBasic(account, SearchTests.DEMO_PASSWORD);
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    JsonNode search(String query, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = send(request);
        assertThat(response.getStatus()).as(query).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    @Test
    void anOutsiderSearchingTheBrieferFindsNothingThatNamesHim() throws Exception {
        // Other tests of the shared context name speakers "Stanislav Beloretsky …" in meetings of their own.
        String vladivostok = Long.toString(vladivostok());
        MockHttpServletResponse found = send(get("/api/search")
                .queryParam("q", "Beloretsky")
                .queryParam("meeting", vladivostok)
                .with(demo("steering")));
        assertThat(found.getStatus()).isEqualTo(200);
        JsonNode results = json.readTree(found.getContentAsString());
        assertThat(results.get("total").asInt()).as(found.getContentAsString()).isZero();
        assertThat(results.get("hits").toString()).doesNotContain("Beloretsky");

        String briefing = send(get("/api/search")
                        .queryParam("q", "\"detailed briefing\"")
                        .queryParam("meeting", vladivostok)
                        .with(demo("steering")))
                .getContentAsString();
        assertThat(briefing)
                .contains("A Russian participant: gave a <mark>detailed</mark> <mark>briefing</mark>")
                .doesNotContain("Beloretsky");
    }

    @Test
    void theBrieferAndTheGroupsKeepersFindHimByName() throws Exception {
        for (String insider : List.of("participant", "rapporteur")) {
            JsonNode found = search(
                    insider,
                    get("/api/search").queryParam("q", "Beloretsky briefing").with(demo(insider)));
            assertThat(SearchTests.snippets(found, "intervention"))
                    .as(insider)
                    .containsExactly("Stanislav <mark>Beloretsky</mark>: gave a detailed <mark>briefing</mark> on the "
                            + "Russian proposal on the construction of the gas pipeline passing through the Korean "
                            + "Peninsula.");
        }
    }

    @Test
    void thePublicFindsOnlyWhatWasPublished() throws Exception {
        long meeting = meetingSaying("The harbour of Posyet could serve a northern sea route.");
        follower.follow();
        assertThat(search("Posyet", get("/api/search").queryParam("q", "Posyet"))
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(SearchTests.snippets(
                        search(
                                "Posyet",
                                get("/api/search").queryParam("q", "Posyet").with(demo("steering"))),
                        "intervention"))
                .containsExactly("The harbour of <mark>Posyet</mark> could serve a northern sea route.");

        assertThat(send(post("/api/meetings/" + meeting + "/report/draft")
                                .with(demo("rapporteur"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                        .getStatus())
                .isEqualTo(201);
        assertThat(send(post("/api/meetings/" + meeting + "/report/publish")
                                .with(demo("cochair"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":1}"))
                        .getStatus())
                .isEqualTo(200);
        follower.follow();

        JsonNode published = search("Posyet", get("/api/search").queryParam("q", "harbour Posyet"));
        assertThat(published.get("total").asInt()).isEqualTo(1);
        assertThat(published.at("/hits/0/kind").asString()).isEqualTo("report");
        assertThat(published.at("/hits/0/link").asString()).isEqualTo("/reports/" + meeting);
        assertThat(published.at("/hits/0/snippet").asString()).contains("<mark>harbour</mark> of <mark>Posyet</mark>");
    }

    /** The demo's Vladivostok meeting: where the briefing on the gas pipeline was given, as its keepers find. */
    private long vladivostok() throws Exception {
        JsonNode found = search(
                "briefing",
                get("/api/search")
                        .queryParam("q", "\"briefing on the Russian proposal on the construction of the gas pipeline\"")
                        .with(demo("rapporteur")));
        JsonNode meetings = SearchTests.facet(found, "meeting");
        assertThat(meetings.size()).isEqualTo(1);
        return meetings.get(0).get("value").asLong();
    }

    private long meetingSaying(String summary) {
        return CurrentAccount.asSystem(() -> {
            long group = siblingOfTheDemoGroup();
            long meeting = meetings.create(new MeetingForm(
                            group,
                            90 + (int) (System.nanoTime() % 1000),
                            null,
                            LocalDate.of(2013, 6, 3),
                            null,
                            "Zarubino",
                            Nationality.RU,
                            null,
                            12,
                            5,
                            AttendanceQualifier.MORE_THAN,
                            false,
                            AttributionRule.NONE,
                            null))
                    .id()
                    .value();
            long session = sessions.create(
                            new MeetingId(meeting),
                            new SessionForm(1, "Ports and routes", List.of("reviewed the ports"), null, null))
                    .id();
            interventions.create(
                    new MeetingId(meeting),
                    new InterventionForm(
                            session,
                            null,
                            null,
                            InterventionKind.CONCERN,
                            summary,
                            null,
                            null,
                            Subjects.none(),
                            List.of(),
                            null,
                            null));
            return meeting;
        });
    }

    // A group led by the demo group's co-chairs and rapporteurs, so that they keep the meeting a test adds, without
    // adding it to the demo's group, whose three meetings other tests count.
    private long siblingOfTheDemoGroup() {
        StudyGroupView demo = studyGroups.all().stream()
                .filter(g -> g.title().equals(SearchTests.GROUP))
                .findFirst()
                .orElseThrow();
        return groupRecords
                .create(new StudyGroupForm(
                        "Sibling of the demo group " + System.nanoTime(),
                        null,
                        StudyGroupStatus.ACTIVE,
                        null,
                        demo.coChairIds().stream().map(PersonId::value).toList(),
                        demo.rapporteurIds().stream().map(PersonId::value).toList(),
                        demo.committeeIds().stream().map(CommitteeId::value).toList(),
                        null,
                        null))
                .id()
                .value();
    }
}
