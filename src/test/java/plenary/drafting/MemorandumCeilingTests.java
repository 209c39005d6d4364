package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.StatementCount;
import plenary.StatementCount.Statements;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reading a memorandum, through the API and its page, runs the same number of statements however many meetings
 * its study group holds: the standings of the proposals it cites come from one read of those proposals and their
 * positions, not from every meeting's record.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemorandumCeilingTests {

    /**
     * The statements of a memorandum's read through the API, signing in aside: the memorandum, its versions, its
     * study group, and the standings (the group, the proposals with their positions, the people and the committees
     * who hold them). The drafter's page also lists every institution for the editor, which the institutions
     * module loads as aggregates, five statements an institution: equal whatever the meetings, with no ceiling yet.
     */
    static final int MEMORANDUM = 7;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    JsonApi api;
    Signed coChair;
    long group;

    @BeforeAll
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        coChair = accounts.account(Role.CO_CHAIR);
        group = api.created(
                        "/api/study-groups",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "title",
                                "Study Group on Ceilings " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                                "status",
                                "ACTIVE",
                                "coChairIds",
                                List.of(coChair.person().id().value()),
                                "rapporteurIds",
                                List.of(),
                                "committeeIds",
                                List.of())))
                .get("id")
                .asLong();
    }

    @Test
    void aMemorandumIsReadInTheSameStatementsHoweverManyMeetingsItsGroupHolds() throws Exception {
        long cited = proposal(meeting(1));
        long memorandum = memorandum(cited);
        String apiPath = "/api/memoranda/" + memorandum;
        String pagePath = "/memoranda/" + memorandum;
        Statements apiSmall = read(apiPath);
        Statements pageSmall = read(pagePath);

        for (int ordinal = 2; ordinal <= 4; ordinal++) {
            proposal(meeting(ordinal));
        }
        Statements apiLarge = read(apiPath);
        Statements pageLarge = read(pagePath);

        assertThat(apiLarge.count()).as(apiSmall + "\n" + apiLarge).isEqualTo(apiSmall.count());
        assertThat(pageLarge.count()).as(pageSmall + "\n" + pageLarge).isEqualTo(pageSmall.count());
        assertThat(apiLarge.count()).as(apiLarge.toString()).isLessThanOrEqualTo(MEMORANDUM);
    }

    /** The statements of a read by the co-chair, after the same read once (the first records the sign-in). */
    private Statements read(String path) throws Exception {
        api.get(path, coChair.basic());
        return StatementCount.of(() -> assertThat(api.get(path, coChair.basic())
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(path)
                        .isEqualTo(200))
                .withoutSigningIn();
    }

    private long meeting(int ordinal) throws Exception {
        return api.created(
                        "/api/meetings",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "studyGroupId", group,
                                "ordinal", ordinal,
                                "startsOn", "2011-11-14",
                                "city", "Vladivostok",
                                "country", "RU",
                                "attributionRule", "NONE")))
                .get("id")
                .asLong();
    }

    private long proposal(long meeting) throws Exception {
        return api.created(
                        "/api/meetings/" + meeting + "/proposals",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "text",
                                "build a gas pipeline through the peninsula",
                                "positions",
                                List.of(Map.of(
                                        "stance",
                                        "SUPPORTS",
                                        "personId",
                                        coChair.person().id().value())))))
                .get("id")
                .asLong();
    }

    /** A memorandum of the group whose one paragraph cites the proposal. */
    private long memorandum(long proposal) throws Exception {
        JsonNode started = api.created(
                "/api/memoranda",
                coChair.basic(),
                json.writeValueAsString(Map.of("studyGroupId", group, "fromRecord", false, "title", "Ceilings")));
        long id = started.get("id").asLong();
        api.changed(
                "/api/memoranda/" + id,
                coChair.basic(),
                json.writeValueAsString(Map.of(
                        "title",
                        "Memorandum of the Study Group",
                        "preamble",
                        "The Study Group met four times.",
                        "version",
                        started.get("version").asInt(),
                        "sections",
                        List.of(Map.of(
                                "heading",
                                "Energy",
                                "paragraphs",
                                List.of(Map.of(
                                        "text",
                                        "The pipeline should go ahead.",
                                        "proposalIds",
                                        List.of(proposal))))))));
        return id;
    }
}
