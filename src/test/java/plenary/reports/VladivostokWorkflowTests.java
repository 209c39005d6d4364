package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static plenary.TestAccounts.admin;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.documents.DocumentFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo's Vladivostok meeting through the whole workflow: its report written from the record, a participant's
 * name edited in and refused at publication, the participants' review, and the published report read by anyone in
 * every format.
 */
@PlenaryIntegrationTest
class VladivostokWorkflowTests {

    private static final String DEMO_PASSWORD = "plenary-demo-vladivostok";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DemoReports demo;

    @Test
    void theVladivostokReportIsCheckedReviewedPublishedAndReadByAnyone() throws Exception {
        ReportHttp http = new ReportHttp(mvc, json);
        long meeting = demo.vladivostokId();
        String report = "/api/meetings/" + meeting + "/report";
        var existing = http.get(report + "/state", admin());
        String body = existing.getStatus() == 200
                ? "{\"version\":" + http.read(existing).get("latestVersion") + "}"
                : "{}";
        int drafted = http.expect(201, http.post(report + "/draft", httpBasic("rapporteur", DEMO_PASSWORD), body))
                .get("latestVersion")
                .asInt();
        JsonNode document = http.expect(200, http.get(report + "/versions/" + drafted, admin()))
                .get("document");
        JsonNode pipeline = document.get("contents")
                .get(0)
                .get("subsections")
                .get(1)
                .get("paragraphs")
                .get(0);
        String eId = pipeline.get("eId").asString();

        http.expect(
                200,
                http.put(
                        report,
                        httpBasic("cochair", DEMO_PASSWORD),
                        http.write(Map.of(
                                "version",
                                drafted,
                                "paragraphs",
                                Map.of(eId, "Stanislav Beloretsky briefed the meeting on the pipeline project.")))));
        JsonNode refused =
                http.expect(422, http.post(report + "/publish", admin(), "{\"version\":" + (drafted + 1) + "}"));
        assertThat(refused.get("leaks").findValuesAsString("location")).containsOnly("Session 2, paragraph 1");
        assertThat(refused.get("leaks").findValuesAsString("term")).contains("Stanislav Beloretsky");

        String original = ReportWorkflowTests.paragraph(
                http.expect(200, http.get(report + "/versions/" + drafted, admin())), eId);
        http.expect(
                200,
                http.put(
                        report,
                        admin(),
                        http.write(Map.of(
                                "version",
                                drafted + 1,
                                "paragraphs",
                                Map.of(eId, original),
                                "note",
                                "The name taken out again"))));
        http.expect(
                200,
                http.post(
                        report + "/review",
                        httpBasic("cochair", DEMO_PASSWORD),
                        http.write(Map.of(
                                "version",
                                drafted + 2,
                                "deadline",
                                Instant.now().plusSeconds(86_400).toString()))));
        http.expect(
                201,
                http.post(
                        report + "/suggestions",
                        httpBasic("participant", DEMO_PASSWORD),
                        http.write(Map.of("paragraph", eId, "text", original, "rationale", "Reads well as it is."))));
        JsonNode published = http.expect(
                200,
                http.post(
                        report + "/publish",
                        httpBasic("rapporteur", DEMO_PASSWORD),
                        "{\"version\":" + (drafted + 2) + "}"));
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");

        for (DocumentFormat format : DocumentFormat.values()) {
            MockHttpServletResponse file =
                    http.get(report + "?format=" + format.name().toLowerCase(), null);
            assertThat(file.getStatus()).as(format.name()).isEqualTo(200);
            assertThat(file.getContentType()).isEqualTo(format.mediaType());
            String text = ReportWorkflowTests.text(format, file.getContentAsByteArray());
            assertThat(text)
                    .as(format.name())
                    .contains("Vladivostok")
                    .contains("Session 3")
                    .contains("The participants reviewed this report before its publication.")
                    .doesNotContain("Beloretsky")
                    .doesNotContain("Quillfeather");
        }
    }
}
