package plenary.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingRecords;
import plenary.meetings.SessionRecords;
import plenary.search.internal.Follower;
import plenary.studygroups.StudyGroupRecords;
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
        return new SiblingMeetings(studyGroups, groupRecords, meetings, sessions, interventions).meetingSaying(summary);
    }
}
