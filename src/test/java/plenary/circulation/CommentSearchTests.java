package plenary.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.Directory;
import plenary.search.internal.Follower;
import plenary.search.internal.SearchIndex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A comment sent back on a circulated memorandum is found by search, by signed-in readers only (as the
 * circulation itself is read), with a link to the comment on its circulation's page.
 */
@PlenaryIntegrationTest
class CommentSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    Follower follower;

    @Autowired
    SearchIndex index;

    JsonApi api;
    CirculationWorld world;

    @BeforeEach
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        world = new CirculationWorld(api, json, accounts, directory);
    }

    @Test
    void aCommentIsFoundBySignedInReadersAndNotByThePublic() throws Exception {
        JsonNode circulation = world.circulate(Instant.now().plus(Duration.ofDays(10)), List.of());
        JsonNode comment = api.created(
                world.url(circulation) + "/comments",
                world.representative.basic(),
                json.writeValueAsString(
                        Map.of("paragraphKey", world.first, "text", "Which interconnector through Khasan is meant?")));
        follower.follow();

        JsonNode found =
                api.read(api.get("/api/search?q=interconnector+Khasan&kind=comment", world.participant.basic()));
        assertThat(found.get("hits")).hasSize(1);
        JsonNode hit = found.get("hits").get(0);
        assertThat(hit.get("kind").asString()).isEqualTo("comment");
        assertThat(hit.get("snippet").asString()).contains("<mark>interconnector</mark>");
        assertThat(hit.get("title").asString()).isEqualTo("Comment on Memorandum to circulate, version 1");
        assertThat(hit.get("link").asString())
                .isEqualTo("/memoranda/" + world.memorandum + "/circulations/"
                        + circulation.get("id").asLong() + "#comment-"
                        + comment.get("id").asLong());

        JsonNode publicly = json.readTree(
                mvc.perform(MockMvcRequestBuilders.get("/api/search").queryParam("q", "interconnector Khasan"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(publicly.get("hits")).isEmpty();
    }

    @Test
    void oneMoreCommentCostsTheIndexOneEntryHoweverManyCameBefore() throws Exception {
        JsonNode circulation = world.circulate(Instant.now().plus(Duration.ofDays(10)), List.of());
        follower.follow();
        long forTheFirst = entriesWrittenFor(circulation, "The first word on the Rason corridor.");
        for (int i = 0; i < 6; i++) {
            comment(circulation, "Another word on the corridor, the " + (i + 2) + "th.");
        }
        follower.follow();
        long forTheEighth = entriesWrittenFor(circulation, "The eighth word: Rason is a free economic zone.");

        assertThat(forTheFirst).isEqualTo(1);
        assertThat(forTheEighth).isEqualTo(1);
        JsonNode found = api.read(api.get("/api/search?q=Rason&kind=comment", world.participant.basic()));
        assertThat(found.get("hits")).hasSize(2);
    }

    private long entriesWrittenFor(JsonNode circulation, String text) throws Exception {
        long before = index.written();
        comment(circulation, text);
        follower.follow();
        return index.written() - before;
    }

    private void comment(JsonNode circulation, String text) throws Exception {
        api.created(
                world.url(circulation) + "/comments",
                world.representative.basic(),
                json.writeValueAsString(Map.of("paragraphKey", world.first, "text", text)));
    }
}
