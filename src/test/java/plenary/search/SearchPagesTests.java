package plenary.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.search.internal.Follower;

/**
 * The search page: a box on every page, the hits with their matches marked, the facets as links, a query it
 * cannot read answered beside the box; and the secretariat's page of the index, whose rebuild it starts.
 */
@PlenaryIntegrationTest
class SearchPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Follower follower;

    @BeforeEach
    void catchUp() {
        follower.follow();
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void everyPageHasASearchBox() throws Exception {
        assertThat(send(get("/")).getContentAsString())
                .contains("<form method=\"get\" action=\"/search\" class=\"search-box\" role=\"search\">");
    }

    @Test
    void theHitsShowTheirMatchesAndTheFacetsNarrowTheSearch() throws Exception {
        MockHttpServletResponse page = send(get("/search")
                .queryParam("q", "\"gas pipeline\"")
                .with(httpBasic("rapporteur", SearchTests.DEMO_PASSWORD)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("the construction of the <mark>gas</mark> <mark>pipeline</mark> passing through")
                .contains("<a href=\"/search?q=%22gas+pipeline%22&amp;kind=intervention\">Intervention</a> (1)")
                .contains("<h2>Study group</h2>");

        MockHttpServletResponse narrowed = send(get("/search")
                .queryParam("q", "\"gas pipeline\"")
                .queryParam("kind", "intervention")
                .with(httpBasic("rapporteur", SearchTests.DEMO_PASSWORD)));
        assertThat(narrowed.getContentAsString())
                .contains("1 result.")
                .contains("<a href=\"/search?q=%22gas+pipeline%22\">Any</a>");
    }

    @Test
    void thePublicIsToldItSearchesThePublishedReports() throws Exception {
        assertThat(send(get("/search").queryParam("q", "Beloretsky")).getContentAsString())
                .contains("0 results in the published reports (sign in to search the record).");
    }

    @Test
    void aRussianReaderSearchesInRussian() throws Exception {
        assertThat(send(get("/search").queryParam("q", "Beloretsky").header("Accept-Language", "ru"))
                        .getContentAsString())
                .contains("<label for=\"q\">Слова, «фраза» или начало слова*</label>")
                .contains("Найдено в опубликованных отчётах: 0 (войдите, чтобы искать в записи встреч).");
    }

    @Test
    void aRussianReaderIsToldWhatEachHitIsInRussianWhileTheApiKeepsItsWords() throws Exception {
        String page = send(get("/search")
                        .queryParam("q", "\"gas pipeline\"")
                        .header("Accept-Language", "ru")
                        .with(httpBasic("rapporteur", SearchTests.DEMO_PASSWORD)))
                .getContentAsString();
        assertThat(page)
                .contains("<h2>Вид</h2>")
                .contains("<h2>Исследовательская группа</h2>")
                .contains("kind=intervention\">Выступление</a> (1)")
                .contains("<span class=\"small\">Выступление, ")
                // The hit's title in Russian words around the record's own (the session's theme).
                .containsPattern("\">Заседание \\d+: [^<]+</a>")
                .doesNotContainPattern("\">Session \\d+: ")
                .doesNotContain(">Intervention<")
                .doesNotContain(">Study group<")
                .doesNotContain("<span class=\"small\">intervention");
        assertThat(send(get("/api/search")
                                .queryParam("q", "\"gas pipeline\"")
                                .header("Accept-Language", "ru")
                                .with(httpBasic("rapporteur", SearchTests.DEMO_PASSWORD)))
                        .getContentAsString())
                .contains("\"kind\":\"intervention\"")
                .containsPattern("\"title\":\"Session \\d+: ")
                .doesNotContain("heading")
                .doesNotContain("Выступление")
                .doesNotContain("Заседание");
    }

    @Test
    void theLanguageLinksKeepTheSearchAndReplaceTheLanguage() throws Exception {
        String english = send(get("/search")
                        .queryParam("q", "gas & \"pipeline\"")
                        .queryParam("lang", "en"))
                .getContentAsString();
        assertThat(english)
                .contains("<a href=\"?q=gas%20%26%20%22pipeline%22&amp;lang=ru\" lang=\"ru\" hreflang=\"ru\"")
                .contains("<a href=\"?q=gas%20%26%20%22pipeline%22&amp;lang=en\" lang=\"en\" hreflang=\"en\"");

        // Followed, the link searches for the same words in Russian, on that very page.
        String followed = send(get(URI.create("/search?q=gas%20%26%20%22pipeline%22&lang=ru")))
                .getContentAsString();
        assertThat(followed)
                .contains("<html lang=\"ru\">")
                .contains("name=\"q\" value=\"gas &amp; &#34;pipeline&#34;\"");
    }

    @Test
    void aQueryThatIsNotWellEncodedLeavesTheLanguageLinksWithTheLanguageAlone() throws Exception {
        MockHttpServletResponse page = send(get("/").with(request -> {
            request.setQueryString("from=%zz");
            return request;
        }));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("<a href=\"?lang=ru\" lang=\"ru\" hreflang=\"ru\"");
    }

    @Test
    void aQueryThatCannotBeReadIsAnsweredBesideTheBox() throws Exception {
        MockHttpServletResponse page = send(get("/search")
                .queryParam("q", "\"gas pipeline")
                .with(httpBasic("rapporteur", SearchTests.DEMO_PASSWORD)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("<span class=\"field-error\" id=\"q-error\" role=\"alert\">"
                        + "Search words: is not a query Plenary understands");
    }

    @Test
    void theSecretariatRebuildsTheIndexFromItsPage() throws Exception {
        assertThat(send(get("/search/index").with(TestAccounts.admin())).getContentAsString())
                .contains("has applied the changes up to number");
        MockHttpServletResponse started =
                send(post("/search/index/rebuild").with(TestAccounts.admin()).with(csrf()));
        assertThat(started.getRedirectedUrl()).isEqualTo("/search/index");
        assertThat(send(get("/search/index").with(TestAccounts.admin())).getContentAsString())
                .contains("Last rebuilt from");
        assertThat(send(get("/search/index").with(httpBasic("steering", SearchTests.DEMO_PASSWORD)))
                        .getStatus())
                .isEqualTo(403);
    }
}
