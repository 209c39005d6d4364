package plenary.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.PlenaryIntegrationTest;
import plenary.search.internal.Follower;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Searching the demo record through the API: ranked hits with the matches marked, phrases, stems, prefixes, the
 * institutions' names as synonyms, counts by facet, and a clear refusal of a query that cannot be read.
 */
@PlenaryIntegrationTest
class SearchTests {

    static final String DEMO_PASSWORD = "plenary-demo-vladivostok";
    static final String GROUP = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Follower follower;

    @BeforeEach
    void catchUp() {
        follower.follow();
    }

    static RequestPostProcessor demo(String account) {
        return httpBasic(account, DEMO_PASSWORD);
    }

    JsonNode search(String query, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response =
                send(get("/api/search").queryParam("q", query).with(who));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static List<JsonNode> hits(JsonNode results, String kind) {
        List<JsonNode> hits = new ArrayList<>();
        results.get("hits").forEach(h -> {
            if (h.get("kind").asString().equals(kind)) {
                hits.add(h);
            }
        });
        return hits;
    }

    static List<String> snippets(JsonNode results, String kind) {
        List<String> snippets = new ArrayList<>();
        results.get("hits").forEach(h -> {
            if (h.get("kind").asString().equals(kind)) {
                snippets.add(h.get("snippet").asString());
            }
        });
        return snippets;
    }

    @Test
    void aPhraseFindsTheBriefingWithItsWordsMarked() throws Exception {
        JsonNode found = search("\"gas pipeline\"", demo("rapporteur"));
        assertThat(snippets(found, "intervention"))
                .anySatisfy(
                        s -> assertThat(s).contains("the construction of the <mark>gas</mark> <mark>pipeline</mark>"));
        JsonNode hit = hits(found, "intervention").get(0);
        assertThat(hit.get("studyGroup").asString()).isEqualTo(GROUP);
        assertThat(hit.get("meeting").asString()).isEqualTo("Vladivostok 2011");
        assertThat(hit.get("year").asInt()).isEqualTo(2011);
        assertThat(hit.get("link").asString()).startsWith("/meetings/interventions/");
    }

    @Test
    void wordsAreFoundByTheirStemAndByTheirStart() throws Exception {
        assertThat(snippets(search("pipelines", demo("rapporteur")), "intervention"))
                .anySatisfy(s -> assertThat(s).contains("<mark>pipeline</mark>"));
        assertThat(snippets(search("denucleariz* AND \"track record\"", demo("rapporteur")), "intervention"))
                .containsExactly("Graham Thistlewood: questioned the utility of the Six Party Talks, arguing that the "
                        + "<mark>track</mark> <mark>record</mark> of the Six Party Talks since its establishment in 2003 does not "
                        + "ensure to realize the goal of denuclearization, and that the Six Party Talks would "
                        + "“disappear” sooner or later without producing substantial results on denuclearization.");
    }

    @Test
    void anAcronymFindsTheInstitutionByItsName() throws Exception {
        JsonNode found = send6pt();
        assertThat(snippets(found, "intervention"))
                .anySatisfy(
                        s -> assertThat(s)
                                .contains(
                                        "<mark>usefulness</mark> of the <mark>Six</mark> <mark>Party</mark> <mark>Talks</mark>"));
    }

    private JsonNode send6pt() throws Exception {
        MockHttpServletResponse response = send(get("/api/search")
                .queryParam("q", "6PT usefulness")
                .queryParam("kind", "intervention")
                .with(demo("rapporteur")));
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    @Test
    void theFacetsCountWhatWasFoundByKindAndGroup() throws Exception {
        JsonNode found = search("Six Party Talks", demo("rapporteur"));
        JsonNode kinds = facet(found, "kind");
        assertThat(count(kinds, "intervention")).isGreaterThanOrEqualTo(3);
        // The reference data's institution, and those other tests of the shared database name like it.
        assertThat(count(kinds, "institution")).isGreaterThanOrEqualTo(1);
        MockHttpServletResponse institutions = send(get("/api/search")
                .queryParam("q", "Six Party Talks")
                .queryParam("kind", "institution")
                .with(demo("rapporteur")));
        assertThat(hits(json.readTree(institutions.getContentAsString()), "institution"))
                .extracting(h -> h.get("title").asString())
                .contains("Six Party Talks");
        // The demo record is small: every hit is counted, and the counts are not marked as estimates.
        assertThat(found.get("facetsEstimated").asBoolean(true)).isFalse();
        JsonNode groups = facet(found, "studyGroup");
        assertThat(groups.get(0).get("label").asString()).isEqualTo(GROUP);
        String group = groups.get(0).get("value").asString();

        MockHttpServletResponse narrowed = send(get("/api/search")
                .queryParam("q", "Six Party Talks")
                .queryParam("studyGroup", group)
                .queryParam("kind", "institution")
                .with(demo("rapporteur")));
        assertThat(json.readTree(narrowed.getContentAsString()).get("total").asInt())
                .isZero();
    }

    static JsonNode facet(JsonNode results, String name) {
        for (JsonNode f : results.get("facets")) {
            if (f.get("name").asString().equals(name)) {
                return f.get("values");
            }
        }
        throw new AssertionError("no facet " + name);
    }

    static int count(JsonNode values, String value) {
        for (JsonNode v : values) {
            if (v.get("value").asString().equals(value)) {
                return v.get("count").asInt();
            }
        }
        return 0;
    }

    @Test
    void aQueryThatCannotBeReadIsRefusedNamingQ() throws Exception {
        for (String query : List.of("\"gas pipeline", "(energy", "*line", "AND", "x".repeat(10_000))) {
            MockHttpServletResponse refused =
                    send(get("/api/search").queryParam("q", query).with(demo("rapporteur")));
            assertThat(refused.getStatus())
                    .as(query.substring(0, Math.min(20, query.length())))
                    .isEqualTo(400);
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            assertThat(refused.getContentAsString()).contains("\"q\"");
        }
    }
}
