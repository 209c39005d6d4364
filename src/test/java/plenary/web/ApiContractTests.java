package plenary.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;

/** The parts of the API contract that hold everywhere: health, the OpenAPI description, what the public sees. */
@PlenaryIntegrationTest
class ApiContractTests {

    @Autowired
    MockMvc mvc;

    @Test
    void healthAnswersUpWithoutLogin() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theOpenApiDescriptionNamesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/study-groups']").exists())
                .andExpect(jsonPath("$.paths['/api/meetings']").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{meetingId}/interventions']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/institutions']").exists())
                .andExpect(jsonPath("$.paths['/api/people']").exists());
    }

    @Test
    void idRecordsAreDescribedAsTheNumbersTheyAreOnTheWire() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.MeetingRecord.properties.id.type")
                        .value("integer"))
                .andExpect(jsonPath("$.components.schemas.MeetingRecord.properties.studyGroupId.format")
                        .value("int64"))
                .andExpect(jsonPath("$.components.schemas.StudyGroupView.properties.coChairIds.items.type")
                        .value("integer"))
                .andExpect(jsonPath("$.components.schemas.MeetingId").doesNotExist());
    }

    @Test
    void thePublicSeesTheStudyGroupsButNoMeeting() throws Exception {
        mvc.perform(get("/api/study-groups"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                                "$[?(@.title=='CSCAP Study Group on Multilateral Security Governance in Northeast Asia')]")
                        .exists());
        mvc.perform(get("/api/meetings"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/people")).andExpect(status().isUnauthorized());
    }
}
