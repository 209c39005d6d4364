package plenary.institutions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.CurrentAccount;
import plenary.directory.Role;
import tools.jackson.databind.ObjectMapper;

/** Who may read and who may write the institutions. */
@PlenaryIntegrationTest
class InstitutionAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    InstitutionRecords records;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private long existing() {
        return CurrentAccount.asSystem(() -> records.create(new InstitutionForm(
                        "Access Forum " + tag,
                        null,
                        List.of(),
                        InstitutionKind.FORUM,
                        InstitutionStatus.ACTIVE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null)))
                .id()
                .value();
    }

    private String body(String name, Integer version) {
        return json.writeValueAsString(new InstitutionForm(
                name + " " + tag,
                null,
                null,
                InstitutionKind.TALKS,
                InstitutionStatus.ACTIVE,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                version));
    }

    @ParameterizedTest(name = "{0} writes")
    @EnumSource(
            value = Role.class,
            names = {"SECRETARIAT", "CO_CHAIR", "RAPPORTEUR"})
    void theSecretariatCoChairsAndRapporteursWrite(Role role) throws Exception {
        var signed = accounts.of(role);
        String created = mvc.perform(post("/api/institutions")
                        .with(signed.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Talks by " + role, null)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(put("/api/institutions/" + id)
                        .with(signed.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Renamed talks by " + role, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(delete("/api/institutions/" + id).with(signed.basic())).andExpect(status().isNoContent());
    }

    @ParameterizedTest(name = "{0} reads but does not write")
    @EnumSource(
            value = Role.class,
            names = {"PARTICIPANT", "COMMITTEE_REPRESENTATIVE", "STEERING_COMMITTEE_MEMBER"})
    void otherRolesReadButDoNotWrite(Role role) throws Exception {
        var signed = accounts.of(role);
        long id = existing();
        mvc.perform(get("/api/institutions").with(signed.basic())).andExpect(status().isOk());
        mvc.perform(get("/api/institutions/" + id).with(signed.basic())).andExpect(status().isOk());
        mvc.perform(post("/api/institutions")
                        .with(signed.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Forbidden talks", null)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/institutions/" + id)
                        .with(signed.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Forbidden talks", 0)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/institutions/" + id).with(signed.basic())).andExpect(status().isForbidden());
        mvc.perform(get("/api/institutions/" + id).with(TestAccounts.admin()))
                .andExpect(jsonPath("$.version").value(0));
    }

    @ParameterizedTest(name = "anonymous {0}")
    @ValueSource(
            strings = {
                "GET /api/institutions",
                "GET /api/institutions/1",
                "POST /api/institutions",
                "PUT /api/institutions/1",
                "DELETE /api/institutions/1"
            })
    void thePublicNeitherReadsNorWrites(String call) throws Exception {
        String[] parts = call.split(" ");
        mvc.perform(request(HttpMethod.valueOf(parts[0]), parts[1])
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Anonymous talks", 0)))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest(name = "page {0} needs sign-in")
    @ValueSource(strings = {"/institutions", "/institutions/new", "/institutions/1"})
    void thePagesNeedSignIn(String path) throws Exception {
        mvc.perform(get(path).accept("text/html"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }

    @ParameterizedTest(name = "{0} may not open the new-institution page")
    @EnumSource(
            value = Role.class,
            names = {"PARTICIPANT", "COMMITTEE_REPRESENTATIVE", "STEERING_COMMITTEE_MEMBER"})
    void onlyWritersOpenTheNewInstitutionPage(Role role) throws Exception {
        mvc.perform(get("/institutions/new").with(accounts.of(role).basic())).andExpect(status().isForbidden());
        mvc.perform(get("/institutions/new").with(accounts.of(Role.RAPPORTEUR).basic()))
                .andExpect(status().isOk());
    }
}
