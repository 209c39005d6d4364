package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import jakarta.servlet.ServletContext;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every collection and text of a request is bounded before the rules or the database see it; so is the body. */
@PlenaryIntegrationTest
class InputLimitsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    JsonApi api;

    @BeforeEach
    void api() {
        api = new JsonApi(mvc, json);
    }

    @Test
    void aHundredThousandCoChairsAreRefusedByTheirNumberAndNothingIsStored() throws Exception {
        int before = count("/api/study-groups");
        String ids = IntStream.rangeClosed(1, 100_000).mapToObj(String::valueOf).collect(Collectors.joining(","));

        refused(api.post("/api/study-groups", admin(), """
                {"title":"Study Group of a hundred thousand","status":"PROPOSED","coChairIds":[%s]}""".formatted(ids)), "coChairIds", "max-size")
                .andExpect(jsonPath("$.violations[0].message").value("must have at most 20 entries"));

        assertThat(count("/api/study-groups")).isEqualTo(before);
    }

    @Test
    void aHundredThousandObjectivesAreRefusedAndTheMeetingKeepsItsSessions() throws Exception {
        long meeting = demoMeeting();
        int before = api.read(api.get("/api/meetings/" + meeting, admin()))
                .get("sessions")
                .size();
        String objectives = IntStream.range(0, 100_000).mapToObj(i -> "\"o\"").collect(Collectors.joining(","));

        refused(
                api.post("/api/meetings/" + meeting + "/sessions", admin(), """
                {"number":99,"theme":"Everything","objectives":[%s]}""".formatted(objectives)),
                "objectives",
                "max-size");

        assertThat(api.read(api.get("/api/meetings/" + meeting, admin()))
                        .get("sessions")
                        .size())
                .isEqualTo(before);
    }

    @Test
    void anOverlongTextIsRefusedWithItsFieldAndRuleBeforeItIsLookedUp() throws Exception {
        int before = count("/api/study-groups");

        refused(api.post("/api/study-groups", admin(), """
                {"title":"%s","status":"PROPOSED"}""".formatted("t".repeat(301))), "title", "max-length")
                .andExpect(jsonPath("$.violations[0].message").value("must be at most 300 characters"));
        refused(
                api.post("/api/meetings/" + demoMeeting() + "/sessions", admin(), """
                {"number":99,"theme":"Long","objectives":["fine","%s"]}""".formatted("o".repeat(1001))),
                "objectives[1]",
                "max-length");

        assertThat(count("/api/study-groups")).isEqualTo(before);
    }

    @Test
    void aYearOutsideTheRecordsCalendarIsRefused() throws Exception {
        refused(api.post("/api/meetings", admin(), """
                {"studyGroupId":1,"ordinal":90,"startsOn":"+999999999-01-01","city":"Nowhere","country":"RU",
                 "attributionRule":"NONE"}"""), "startsOn", "range")
                .andExpect(jsonPath("$.violations[0].message").value("must be in the years 1900 to 2200"));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotRoundedDown() throws Exception {
        int before = count("/api/meetings");

        // 1.5 was read as 1: the hostile input test put a meeting into the study group with id 1 that way.
        api.post("/api/meetings", admin(), """
                {"studyGroupId":1.5,"ordinal":97,"startsOn":"2011-11-14","city":"Nowhere","country":"RU",
                 "attributionRule":"NONE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[0].field").value("studyGroupId"));
        assertThat(count("/api/meetings")).isEqualTo(before);
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreRefusedAsText() throws Exception {
        int before = count("/api/study-groups");

        refused(
                api.post("/api/study-groups", admin(), "{\"title\":\"Nul \\u0000 inside\",\"status\":\"PROPOSED\"}"),
                "title",
                "plain-text");
        refused(
                api.post("/api/study-groups", admin(), "{\"title\":\"Half \\ud800 a pair\",\"status\":\"PROPOSED\"}"),
                "title",
                "plain-text");
        refused(
                api.post("/api/study-groups", admin(), "{\"title\":\"Bell \\u0007\",\"status\":\"PROPOSED\"}"),
                "title",
                "plain-text");

        assertThat(count("/api/study-groups")).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAs413WithoutBeingRead() throws Exception {
        int before = count("/api/study-groups");
        String tenMegabytes = "{\"title\":\"" + "t".repeat(10 * 1024 * 1024) + "\",\"status\":\"PROPOSED\"}";

        api.post("/api/study-groups", admin(), tenMegabytes)
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/too-large"))
                .andExpect(jsonPath("$.limit").value(1_048_576));

        assertThat(count("/api/study-groups")).isEqualTo(before);
    }

    @Test
    void aChunkedBodyIsCountedAsItIsReadAndRefusedAs413() throws Exception {
        int before = count("/api/study-groups");
        String body = "{\"title\":\"Chunked\",\"status\":\"PROPOSED\",\"coChairIds\":[" + "1,".repeat(600_000) + "1]}";

        mvc.perform(chunked("/api/study-groups")
                        .header("Transfer-Encoding", "chunked")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(admin()))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.limit").value(1_048_576));

        assertThat(count("/api/study-groups")).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsSent() throws Exception {
        String title = "Chunked study group " + System.nanoTime();
        mvc.perform(chunked("/api/study-groups")
                        .header("Transfer-Encoding", "chunked")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"status\":\"PROPOSED\"}")
                        .with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value(title));
    }

    @Test
    void theJsonReaderRefusesWhatNoFormCouldHold() throws Exception {
        refused(
                api.post(
                        "/api/study-groups",
                        admin(),
                        "{\"title\":\"" + "t".repeat(200_000) + "\",\"status\":\"PROPOSED\"}"),
                "title",
                "limits");
        // A form's fields refuse nesting at the first level; the reader's depth limit guards untyped reading.
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertThatThrownBy(() -> json.readTree(deep)).isInstanceOf(StreamConstraintsException.class);
    }

    private ResultActions refused(ResultActions result, String field, String rule) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[?(@.field=='" + field + "')].rule")
                        .value(rule));
    }

    private int count(String path) throws Exception {
        return api.read(api.get(path, admin())).size();
    }

    private long demoMeeting() throws Exception {
        JsonNode meetings = api.read(api.get("/api/meetings", admin()));
        return meetings.get(0).get("id").asLong();
    }

    /** A POST whose length is not known beforehand, as with Transfer-Encoding: chunked. */
    private static Chunked chunked(String path) {
        return new Chunked().uri(path);
    }

    private static final class Chunked extends AbstractMockHttpServletRequestBuilder<Chunked> {

        Chunked() {
            super(HttpMethod.POST);
        }

        @Override
        protected MockHttpServletRequest createServletRequest(ServletContext context) {
            return new MockHttpServletRequest(context) {

                @Override
                public int getContentLength() {
                    return -1;
                }

                @Override
                public long getContentLengthLong() {
                    return -1;
                }
            };
        }
    }
}
