package plenary.reports;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Integration tests of the reports' workflow, each class with a {@link ReportWorld} of its own. */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportWorld.Modules modules;

    ReportWorld world;
    ReportHttp http;

    @BeforeAll
    void world() {
        http = new ReportHttp(mvc, json);
        world = new ReportWorld(accounts, modules);
    }

    static String report(long meeting) {
        return "/api/meetings/" + meeting + "/report";
    }

    JsonNode draft(long meeting) throws Exception {
        return http.expect(201, http.post(report(meeting) + "/draft", world.rapporteur.basic(), "{}"));
    }

    JsonNode version(long meeting, int number) throws Exception {
        return http.expect(200, http.get(report(meeting) + "/versions/" + number, world.rapporteur.basic()));
    }

    /** The eId of the first paragraph of the first session of a version's document. */
    static String sessionParagraph(JsonNode version) {
        return version.get("document")
                .get("contents")
                .get(0)
                .get("subsections")
                .get(0)
                .get("paragraphs")
                .get(0)
                .get("eId")
                .asString();
    }

    JsonNode edit(long meeting, int version, String eId, String text, RequestPostProcessor who) throws Exception {
        return http.read(http.put(
                report(meeting),
                who,
                http.write(Map.of("version", version, "paragraphs", Map.of(eId, text), "note", "A test's edit"))));
    }

    JsonNode publish(long meeting, int version, RequestPostProcessor who) throws Exception {
        return http.read(http.post(report(meeting) + "/publish", who, "{\"version\":" + version + "}"));
    }

    String review(int version, Instant deadline) {
        return http.write(Map.of("version", version, "deadline", deadline.toString()));
    }
}
