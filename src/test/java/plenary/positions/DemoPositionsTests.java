package plenary.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.PlenaryIntegrationTest;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo's positions map, as a steering committee member reads it: the seed's competing assessments of the Six
 * Party Talks and the competing conceptions of the TPP side by side, and what became of the Vladivostok proposals
 * on the memorandum's road.
 */
@PlenaryIntegrationTest
class DemoPositionsTests {

    static final String GROUP = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    StudyGroups groups;

    @Autowired
    UserDetailsService accounts;

    RequestPostProcessor steering;
    long group;

    @BeforeEach
    void demo() {
        steering = user(accounts.loadUserByUsername("steering"));
        group = groups.all().stream()
                .filter(g -> g.title().equals(GROUP))
                .map(StudyGroupView::id)
                .findFirst()
                .orElseThrow()
                .value();
    }

    @Test
    void theSixPartyTalksHaveTheirPositiveAndNegativeAssessmentsSideBySide() throws Exception {
        JsonNode talks = subject(map(), "Six Party Talks");
        assertThat(excerpts(talks.get("positive")))
                .anyMatch(e -> e.startsWith("highly evaluated the usefulness of the Six Party Talks to deal with DPRK’s"
                        + " nuclear issue"));
        assertThat(excerpts(talks.get("negative")))
                .anyMatch(e -> e.startsWith("questioned the utility of the Six Party Talks"))
                .anyMatch(e -> e.startsWith(
                        "argued that the Six Party Talks has been characterized by “excessive" + " gradualism”"));
        assertThat(excerpts(talks.get("mixed")))
                .anyMatch(e ->
                        e.startsWith("Different views were presented over the resumption of the Six Party" + " Talks"));
        // The Vladivostok meeting is reported without attribution: a steering committee member sees no one named.
        assertThat(talks.at("/positive/0/speaker").asString()).isEqualTo("a participant");
        assertThat(talks.at("/positive/0/meeting/city").asString()).isEqualTo("Vladivostok");
        assertThat(texts(talks.get("proposals")))
                .contains("modify the modality of the Six Party Talks and expand its agenda to include other aspects"
                        + " such as economic cooperation with North Korea");
    }

    @Test
    void theTppHasItsThreeCompetingConceptions() throws Exception {
        JsonNode tpp = subject(map(), "Trans-Pacific Partnership");
        assertThat(excerpts(tpp.get("positive")))
                .anyMatch(e -> e.startsWith(
                        "TPP could greatly contribute to upgrading norms and rules of economic" + " interactions"));
        assertThat(excerpts(tpp.get("negative")))
                .anyMatch(e -> e.startsWith("Given the huge gaps among the countries in Northeast Asia"));
        assertThat(excerpts(tpp.get("mixed")))
                .anyMatch(e -> e.contains("three competing conceptions on how to organize the Asia-Pacific"));
        assertThat(texts(tpp.get("proposals")))
                .contains("conclude a Northeast Asia FTA, especially around the trilateral cooperation among China,"
                        + " Japan and South Korea");
    }

    @Test
    void theVladivostokProposalsAreTakenKeptInBracketsOrOpen() throws Exception {
        JsonNode lines = map().get("proposals");
        assertThat(fate(lines, "develop a regional cooperation mechanism on nuclear safety"))
                .isEqualTo("TAKEN");
        assertThat(fate(lines, "modify the modality of the Six Party Talks")).isEqualTo("IN_BRACKETS");
        assertThat(fate(lines, "take a more “comprehensive and packaged” approach"))
                .isEqualTo("OPEN");
        JsonNode modality = line(lines, "modify the modality of the Six Party Talks");
        assertThat(modality.at("/byMeeting/0/positions/0/stance").asString()).isEqualTo("SUPPORTS");
        assertThat(modality.at("/byMeeting/0/positions/0/holder").asString()).isEqualTo("a participant");
        assertThat(modality.at("/outcome/places/0/paragraph").asString()).isEqualTo("3.2");
    }

    @Test
    void theStudyGroupPageLinksToTheMapAndTheMapShowsTheAssessmentsInWords() throws Exception {
        String show = mvc.perform(get("/study-groups/" + group).with(steering))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(show).contains("href=\"/study-groups/" + group + "/positions\"");
        String page = mvc.perform(get("/study-groups/" + group + "/positions").with(steering))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Six Party Talks")
                .contains(">Positive<")
                .contains(">Negative<")
                .contains(">supports<")
                .contains("questioned the utility of the Six Party Talks");
    }

    @Test
    void aMeetingsProposalLinksToItsPositions() throws Exception {
        JsonNode line = line(map().get("proposals"), "develop a regional cooperation mechanism on nuclear safety");
        String meeting = mvc.perform(
                        get("/meetings/" + line.at("/putForwardAt/id").asLong()).with(steering))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meeting)
                .contains("href=\"/proposals/" + line.get("proposalId").asLong() + "/positions\"");
        String page = mvc.perform(get("/proposals/" + line.get("proposalId").asLong() + "/positions")
                        .with(steering))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("develop a regional cooperation mechanism on nuclear safety")
                .contains(">taken<");
    }

    JsonNode map() throws Exception {
        var answer = mvc.perform(
                        get("/api/study-groups/" + group + "/positions").with(steering))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        return json.readTree(answer.getContentAsString());
    }

    static JsonNode subject(JsonNode map, String name) {
        for (JsonNode s : map.get("institutions")) {
            if (s.get("subject").asString().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no assessments of " + name + " in " + map.get("institutions"));
    }

    static JsonNode line(JsonNode lines, String words) {
        for (JsonNode line : lines) {
            if (line.get("text").asString().contains(words)) {
                return line;
            }
        }
        throw new AssertionError("no proposal on " + words);
    }

    static String fate(JsonNode lines, String words) {
        return line(lines, words).at("/outcome/fate").asString();
    }

    static List<String> excerpts(JsonNode assessments) {
        List<String> found = new ArrayList<>();
        assessments.forEach(a -> found.add(a.get("excerpt").asString()));
        return found;
    }

    static List<String> texts(JsonNode proposals) {
        List<String> found = new ArrayList<>();
        proposals.forEach(p -> found.add(p.get("text").asString()));
        return found;
    }
}
