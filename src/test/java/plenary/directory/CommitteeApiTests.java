package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@PlenaryIntegrationTest
class CommitteeApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Test
    void secretariatCreatesChangesAndDeletesACommittee() throws Exception {
        JsonNode created = create(
                "{\"name\":\"CSCAP-Mongolia\",\"acronym\":\"CSCAP-MN\",\"kind\":\"MEMBER_COMMITTEE\",\"country\":\"MN\"}");
        long id = created.get("id").asLong();
        assertThat(created.get("version").asInt()).isZero();

        mvc.perform(
                        put("/api/committees/" + id)
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"CSCAP Mongolia\",\"kind\":\"MEMBER_COMMITTEE\",\"country\":\"MN\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("CSCAP Mongolia"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(delete("/api/committees/" + id).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/committees/" + id).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void missingAndOverlongFieldsAreNamedWithTheirRule() throws Exception {
        String longName = "x".repeat(201);
        mvc.perform(post("/api/committees")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + longName + "\",\"acronym\":\"" + "y".repeat(41) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[?(@.field=='name')].rule").value("max-length"))
                .andExpect(jsonPath("$.violations[?(@.field=='acronym')].rule").value("max-length"));
        // Over-long text is refused at the boundary, before the rules; they name what is missing.
        mvc.perform(post("/api/committees")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"N\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='kind')].rule").value("required"));
    }

    @Test
    void unknownKindAndMalformedJsonAreRefused() throws Exception {
        mvc.perform(post("/api/committees")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"kind\":\"CLUB\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("kind"))
                .andExpect(jsonPath("$.violations[0].rule").value("one-of"));
        mvc.perform(post("/api/committees")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].rule").value("json"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentState() throws Exception {
        long id = create("{\"name\":\"CSCAP-Vietnam\",\"kind\":\"MEMBER_COMMITTEE\",\"country\":\"VN\"}")
                .get("id")
                .asLong();
        String edit = "{\"name\":\"%s\",\"kind\":\"MEMBER_COMMITTEE\",\"version\":0}";
        mvc.perform(put("/api/committees/" + id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted("First edit")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/committees/" + id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted("Second edit")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.name").value("First edit"))
                .andExpect(jsonPath("$.current.version").value(1));
    }

    @Test
    void onlyTheSecretariatManagesCommittees() throws Exception {
        var coChair = accounts.account(Role.CO_CHAIR);
        mvc.perform(post("/api/committees")
                        .with(coChair.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Z\",\"kind\":\"MEMBER_COMMITTEE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/committees")).andExpect(status().isUnauthorized());
    }

    private JsonNode create(String body) throws Exception {
        String response = mvc.perform(post("/api/committees")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(response);
    }
}
