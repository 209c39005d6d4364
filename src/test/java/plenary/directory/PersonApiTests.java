package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import tools.jackson.databind.ObjectMapper;

@PlenaryIntegrationTest
class PersonApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aPersonKeepsNationalityPronounAndCommittee() throws Exception {
        long committee = id(mvc.perform(post("/api/committees")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"CSCAP-Thailand\",\"kind\":\"MEMBER_COMMITTEE\",\"country\":\"TH\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String body = """
                {"name":"Anong Prasert","nationality":"TH","affiliation":"Institute of Security Studies",
                 "committeeId":%d,"pronoun":"SHE","email":"anong@example.org"}""".formatted(committee);
        long person = id(mvc.perform(post("/api/people")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());

        mvc.perform(get("/api/people/" + person).with(admin()))
                .andExpect(jsonPath("$.nationality").value("TH"))
                .andExpect(jsonPath("$.pronoun").value("SHE"))
                .andExpect(jsonPath("$.committeeId").value(committee))
                .andExpect(jsonPath("$.email").value("anong@example.org"));
    }

    @Test
    void badPersonIsRefusedFieldByField() throws Exception {
        mvc.perform(post("/api/people")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"email\":\"not-an-address\",\"committeeId\":999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='name')].rule").value("required"))
                .andExpect(
                        jsonPath("$.violations[?(@.field=='nationality')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='pronoun')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='email')].rule").value("email"))
                .andExpect(
                        jsonPath("$.violations[?(@.field=='committeeId')].rule").value("exists"));
    }

    @Test
    void anUnknownNationalityNamesTheAllowedCodes() throws Exception {
        mvc.perform(post("/api/people")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"nationality\":\"Atlantis\",\"pronoun\":\"HE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("nationality"))
                .andExpect(jsonPath("$.violations[0].rule").value("one-of"));
    }

    @Test
    void anEditWithoutVersionIsRefused() throws Exception {
        long person = id(mvc.perform(post("/api/people")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ivan Petrov\",\"nationality\":\"RU\",\"pronoun\":\"HE\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(put("/api/people/" + person)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ivan Petrov\",\"nationality\":\"RU\",\"pronoun\":\"HE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("version"));
    }

    @Test
    void aPersonAMeetingStillNamesIsNotDeletedAndTheAnswerSaysWhy() throws Exception {
        java.util.Set<Long> withAccounts = new java.util.HashSet<>();
        json.readTree(mvc.perform(get("/api/accounts").with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .forEach(a -> withAccounts.add(a.path("personId").asLong()));
        long group = -1;
        for (var g : json.readTree(
                mvc.perform(get("/api/study-groups")).andReturn().getResponse().getContentAsString())) {
            if (g.get("title")
                    .asString()
                    .equals("CSCAP Study Group on Multilateral Security Governance in Northeast Asia")) {
                group = g.get("id").asLong();
            }
        }
        long meeting = -1;
        for (var m : json.readTree(
                mvc.perform(get("/api/meetings?studyGroup=" + group).with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())) {
            if (m.get("ordinal").asInt() == 3) {
                meeting = m.get("id").asLong();
            }
        }
        long participant = -1;
        for (var p : json.readTree(mvc.perform(get("/api/meetings/" + meeting).with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("participants")) {
            if (!withAccounts.contains(p.get("personId").asLong())) {
                participant = p.get("personId").asLong();
                break;
            }
        }

        assertThat(participant)
                .as("a participant of the demo's Vladivostok meeting without account")
                .isPositive();
        mvc.perform(delete("/api/people/" + participant).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Record in use"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("still named in a study group, a meeting")));
        mvc.perform(get("/api/people/" + participant).with(admin())).andExpect(status().isOk());
    }

    private long id(String response) {
        return json.readTree(response).get("id").asLong();
    }
}
