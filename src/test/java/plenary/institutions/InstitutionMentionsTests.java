package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.CurrentAccount;
import plenary.directory.Role;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Six Party Talks of the demo record, discussed at its Vladivostok meeting (held without attribution) and cited
 * by its memorandum, as each reader may see what refers to them: a participant of the meeting sees who spoke; a
 * Steering Committee member who was not there, and a co-chair of another study group, see the speakers only as the
 * rule describes them, and no name anywhere.
 */
@PlenaryIntegrationTest
class InstitutionMentionsTests {

    private static final String DEMO_PASSWORD = "plenary-demo-vladivostok";
    private static final String OPTIMISM = "highly evaluated the usefulness of the Six Party Talks to deal with DPRK’s"
            + " nuclear issue, pointing out a variety of “positive” developments in the recent past among the parties"
            + " concerned.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Institutions institutions;

    @Autowired
    TestAccounts accounts;

    @Autowired
    StudyGroupRecords studyGroups;

    @Autowired
    List<MentionSource> sources;

    private long sixPartyTalks() {
        return institutions.named("Six Party Talks").orElseThrow().id().value();
    }

    private JsonNode detail(RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get("/api/institutions/" + sixPartyTalks()).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private static List<JsonNode> mentions(JsonNode detail, String kind) {
        List<JsonNode> found = new ArrayList<>();
        detail.get("mentions").forEach(m -> {
            if (m.get("kind").asString().equals(kind)) {
                found.add(m);
            }
        });
        return found;
    }

    private static List<String> excerpts(JsonNode detail, String kind) {
        return mentions(detail, kind).stream()
                .map(m -> m.get("excerpt").asString())
                .toList();
    }

    @Test
    void aParticipantOfTheMeetingSeesWhoSpoke() throws Exception {
        JsonNode detail = detail(httpBasic("participant", DEMO_PASSWORD));

        assertThat(detail.get("name").asString()).isEqualTo("Six Party Talks");
        assertThat(excerpts(detail, "INTERVENTION")).contains("Lan Qiaoxin: " + OPTIMISM);
        JsonNode optimism = mentions(detail, "INTERVENTION").stream()
                .filter(m -> m.get("excerpt").asString().endsWith(OPTIMISM))
                .findFirst()
                .orElseThrow();
        assertThat(optimism.get("source").asString()).isEqualTo("Meeting 3, Vladivostok");
        assertThat(optimism.get("where").asString()).isEqualTo("Session 1");
        assertThat(optimism.get("date").asString()).isEqualTo("2011-11-14");
        assertThat(optimism.get("studyGroup").asString())
                .isEqualTo("CSCAP Study Group on Multilateral Security Governance in Northeast Asia");
        assertThat(optimism.get("link").asString()).startsWith("/meetings/").contains("#intervention-");
    }

    @Test
    void aSteeringCommitteeMemberWhoWasNotThereSeesNoName() throws Exception {
        JsonNode detail = detail(httpBasic("steering", DEMO_PASSWORD));

        assertThat(excerpts(detail, "INTERVENTION")).contains("A participant: " + OPTIMISM);
        assertThat(detail.toString()).doesNotContain("Lan Qiaoxin");
    }

    @Test
    void aCoChairOfAnotherStudyGroupSeesNoName() throws Exception {
        TestAccounts.Signed other = accounts.account(Role.CO_CHAIR);
        CurrentAccount.asSystem(() -> studyGroups.create(new StudyGroupForm(
                "Study Group on Maritime Security " + other.username(),
                null,
                StudyGroupStatus.ACTIVE,
                3,
                List.of(other.person().id().value()),
                List.of(),
                List.of(),
                false,
                null)));

        JsonNode detail = detail(other.basic());

        assertThat(excerpts(detail, "INTERVENTION")).contains("A participant: " + OPTIMISM);
        assertThat(detail.toString()).doesNotContain("Lan Qiaoxin");
    }

    @Test
    void everyoneTheMemorandumsGateLetsReadSeesItsParagraphsThatCiteTheTalks() throws Exception {
        for (RequestPostProcessor who : List.of(
                httpBasic("participant", DEMO_PASSWORD),
                httpBasic("steering", DEMO_PASSWORD),
                accounts.of(Role.PARTICIPANT).basic())) {
            List<JsonNode> paragraphs = mentions(detail(who), "MEMORANDUM_PARAGRAPH");
            assertThat(paragraphs).isNotEmpty();
            assertThat(paragraphs).allSatisfy(p -> {
                assertThat(p.get("where").asString()).matches("paragraph \\d+\\.\\d+");
                assertThat(p.get("link").asString()).matches("/memoranda/\\d+#.+");
            });
        }
    }

    @Test
    void noSourceTellsAnythingToOneNotSignedIn() {
        InstitutionId talks = new InstitutionId(sixPartyTalks());
        assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
        sources.forEach(source -> assertThat(source.mentionsOf(talks)).isEmpty());
    }

    @Test
    void theInstitutionsPageListsWhatRefersToItByKind() throws Exception {
        String html = mvc.perform(get("/institutions/" + sixPartyTalks()).with(httpBasic("steering", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("<h2>What refers to it</h2>")
                .contains("<h3>Interventions</h3>")
                .contains("<h3>Memorandum paragraphs</h3>")
                .contains("A participant: " + OPTIMISM)
                .doesNotContain("Lan Qiaoxin");
    }
}
