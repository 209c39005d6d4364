package plenary.institutions.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CurrentAccount;
import plenary.institutions.InstitutionForm;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionRecords;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.MemberState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The overlap, the map and its page through the whole application, on institutions of the test's own. */
@PlenaryIntegrationTest
class MapEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    InstitutionRecords records;

    /** Makes this test's names its own: tests share one database, with the demo record in it. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private long alpha;
    private long beta;

    @BeforeEach
    void twoInstitutionsSharingJapanAndKorea() {
        alpha = stored("Overlap Alpha", "OA-" + tag, "CN", "JP", "KR");
        beta = stored("Overlap Beta", null, "JP", "KR", "RU");
    }

    private long stored(String name, String acronym, String... states) {
        List<MemberState> members = new ArrayList<>();
        for (String state : states) {
            members.add(new MemberState(state));
        }
        return CurrentAccount.asSystem(() -> records.create(new InstitutionForm(
                        name + " " + tag,
                        acronym,
                        List.of(),
                        InstitutionKind.FORUM,
                        InstitutionStatus.ACTIVE,
                        null,
                        null,
                        Set.of(),
                        null,
                        null,
                        List.of(),
                        members,
                        List.of(),
                        null)))
                .id()
                .value();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<Long> ids(JsonNode array) {
        return list(array).stream().map(JsonNode::asLong).toList();
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asString).toList();
    }

    @Test
    void theOverlapNamesTheDayTheInstitutionsTheStatesAndThePairsThatShareMembers() throws Exception {
        String body = mvc.perform(get("/api/institutions/overlap")
                        .param("asOf", "2011-11-14")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2011-11-14"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode overlap = json.readTree(body);

        JsonNode first = list(overlap.get("institutions")).stream()
                .filter(i -> i.get("id").asLong() == alpha)
                .findFirst()
                .orElseThrow();
        assertThat(first.get("name").asString()).isEqualTo("Overlap Alpha " + tag);
        assertThat(first.get("acronym").asString()).isEqualTo("OA-" + tag);
        assertThat(first.get("kind").asString()).isEqualTo("FORUM");
        assertThat(first.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(texts(first.get("members"))).containsExactlyInAnyOrder("CN", "JP", "KR");

        JsonNode korea = list(overlap.get("states")).stream()
                .filter(s -> s.get("code").asString().equals("KR"))
                .findFirst()
                .orElseThrow();
        assertThat(korea.get("name").asString()).isEqualTo("South Korea");
        assertThat(ids(korea.get("institutionIds"))).contains(alpha, beta);

        // Of equal size, the two follow their names: Alpha's acronym "OA-…" before "Overlap Beta …".
        JsonNode pair = list(overlap.get("pairs")).stream()
                .filter(p -> ids(p.get("institutionIds")).equals(List.of(alpha, beta)))
                .findFirst()
                .orElseThrow();
        assertThat(texts(pair.get("shared"))).containsExactlyInAnyOrder("JP", "KR");
        assertThat(pair.get("count").asInt()).isEqualTo(2);
    }

    @Test
    void aDayThatIsNoDateIsRefusedNamingAsOf() throws Exception {
        for (String path : List.of("/api/institutions/overlap", "/institutions/map.svg")) {
            mvc.perform(get(path).param("asOf", "2011-02-30").with(admin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.violations[0].field").value("asOf"))
                    .andExpect(jsonPath("$.violations[0].rule").value("date"));
        }
    }

    @Test
    void theOverlapIsForSignedInReadersAndDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/institutions/overlap")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/institutions/overlap'].get.parameters[0].name")
                        .value("asOf"));
    }

    @Test
    void theMapIsAnSvgImageShownInlineWithARowPerInstitution() throws Exception {
        byte[] svg = mvc.perform(
                        get("/institutions/map.svg").param("asOf", "2011-11-14").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"membership-map-2011-11-14.svg\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document map = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        NodeList texts = map.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertThat(words)
                .contains(
                        "OA-" + tag,
                        "Overlap Beta " + tag,
                        "Member states of the regional institutions, as of 14 November 2011");
    }

    @Test
    void theMapOf2011ShowsTheSeedsWorldAndALaterOneWhatCameAfter() throws Exception {
        assertThat(words("2011-11-14"))
                .contains("6PT", "EAS", "TPP", "ARF")
                .doesNotContain("CPTPP", "RCEP", "AIIB", "KEDO");
        assertThat(words("2024-01-01"))
                .contains("6PT", "EAS", "CPTPP", "RCEP", "AIIB")
                .doesNotContain("TPP", "KEDO");
    }

    private List<String> words(String asOf) throws Exception {
        byte[] svg = mvc.perform(
                        get("/institutions/map.svg").param("asOf", asOf).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList texts = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg))
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        return words;
    }

    @Test
    void thePageShowsTheDayInWordsThePictureAndTheMatrix() throws Exception {
        mvc.perform(get("/institutions").with(admin()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/institutions/map\"")));
        String page = mvc.perform(
                        get("/institutions/map").param("asOf", "2011-11-14").with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("as of 14 November 2011")
                .contains("<img src=\"/institutions/map.svg?asOf=2011-11-14\"")
                .contains("<th scope=\"col\"><abbr title=\"Overlap Alpha " + tag + "\">OA-" + tag + "</abbr></th>")
                .contains("<th scope=\"row\">South Korea <span class=\"muted\">KR</span></th>")
                .contains("<span class=\"visually-hidden\">member</span>");
    }

    @Test
    void aRussianPageShowsTheMapInRussianAtItsOwnAddress() throws Exception {
        String page = mvc.perform(get("/institutions/map")
                        .param("asOf", "2011-11-14")
                        .header("Accept-Language", "ru")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<img src=\"/institutions/map.svg?asOf=2011-11-14&amp;lang=ru\"")
                .contains("<th scope=\"row\">Республика Корея <span class=\"muted\">KR</span></th>");

        String svg = mvc.perform(get("/institutions/map.svg")
                        .param("asOf", "2011-11-14")
                        .param("lang", "ru")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg)
                .contains(">Государства-члены региональных институтов на 14 ноября 2011 г.</text>")
                .contains(">приостановлен</text>")
                .doesNotContain("Member states");
    }

    @Test
    void aDayThatIsNoDateIsToldBesideTheField() throws Exception {
        String page = mvc.perform(
                        get("/institutions/map").param("asOf", "14/11/2011").with(admin()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"asOf-error\"")
                .contains("Day: must be a day of the calendar written YYYY-MM-DD")
                .doesNotContain("<img");
    }
}
