package plenary.studygroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.CommitteeRecords;
import plenary.directory.PersonRecords;
import plenary.directory.Role;
import tools.jackson.databind.ObjectMapper;

/** Every write of study groups, through the API and the pages, tried by every role: only the secretariat passes. */
@PlenaryIntegrationTest
class StudyGroupAccessTests {

    private static final String[][] API_WRITES = {
        {"POST", "/api/study-groups"}, {"PUT", "/api/study-groups/{id}"}, {"DELETE", "/api/study-groups/{id}"}
    };
    private static final String[][] PAGE_WRITES = {
        {"GET", "/study-groups/new"},
        {"GET", "/study-groups/{id}/edit"},
        {"POST", "/study-groups"},
        {"POST", "/study-groups/{id}"},
        {"POST", "/study-groups/{id}/delete"}
    };

    /** One group for the whole class: every refused write must leave it as it was. */
    private static StudyGroupFixtures.Group group;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommitteeRecords committees;

    @Autowired
    PersonRecords people;

    @Autowired
    StudyGroupRecords records;

    @Autowired
    StudyGroups groups;

    @BeforeEach
    void group() {
        if (group == null) {
            group = new StudyGroupFixtures(committees, people, records).group();
        }
    }

    static Stream<Arguments> apiWritesByOtherRoles() {
        return byOtherRoles(API_WRITES);
    }

    static Stream<Arguments> pageWritesByOtherRoles() {
        return byOtherRoles(PAGE_WRITES);
    }

    @ParameterizedTest(name = "{0} {1} {2} → 403")
    @MethodSource("apiWritesByOtherRoles")
    void onlyTheSecretariatWritesThroughTheApi(Role role, String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path(path))
                        .with(accounts.of(role).basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body()))
                .andExpect(status().isForbidden());
        assertThat(groups.find(new StudyGroupId(group.id()))).contains(group.view());
    }

    @ParameterizedTest(name = "anonymous {1} {2} → 401")
    @MethodSource("apiWritesByOtherRoles")
    void thePublicWritesNothingThroughTheApi(Role ignored, String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path(path))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body()))
                .andExpect(status().isUnauthorized());
        assertThat(groups.find(new StudyGroupId(group.id()))).contains(group.view());
    }

    @ParameterizedTest(name = "{0} {1} {2} → 403")
    @MethodSource("pageWritesByOtherRoles")
    void onlyTheSecretariatReachesTheForms(Role role, String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path(path))
                        .with(accounts.of(role).basic())
                        .with(csrf())
                        .param("title", "Taken over")
                        .param("status", "PROPOSED")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(groups.find(new StudyGroupId(group.id()))).contains(group.view());
    }

    @ParameterizedTest(name = "anonymous {1} {2} → sign in")
    @MethodSource("pageWritesByOtherRoles")
    void thePublicIsSentToSignInFromTheForms(Role ignored, String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path(path))
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .param("title", "Taken over")
                        .param("status", "PROPOSED")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/login"));
        assertThat(groups.find(new StudyGroupId(group.id()))).contains(group.view());
    }

    @Test
    void theNewGroupFormIsRefusedToTheAnonymousEvenThoughItsAddressIsPublic() throws Exception {
        mvc.perform(get("/study-groups/new")).andExpect(status().isUnauthorized());
        mvc.perform(get("/study-groups/new").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void leadingAGroupDoesNotMakeOneItsEditor() throws Exception {
        TestAccounts.Signed chair = accounts.account(Role.CO_CHAIR, group.chair());
        mvc.perform(get("/study-groups/" + group.id() + "/edit").with(chair.basic()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/study-groups/" + group.id())
                        .with(chair.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSecretariatIsLetThrough() throws Exception {
        mvc.perform(get("/study-groups/new").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/study-groups/" + group.id() + "/edit").with(admin())).andExpect(status().isOk());
        // Past the door, an empty record meets validation rather than a refusal.
        mvc.perform(post("/api/study-groups")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
    }

    private String body() {
        StudyGroupForm f = group.form();
        return json.writeValueAsString(new StudyGroupForm(
                "Taken over",
                f.mandate(),
                f.status(),
                f.plannedMeetings(),
                f.coChairIds(),
                f.rapporteurIds(),
                f.committeeIds(),
                0));
    }

    private static String path(String template) {
        return template.replace("{id}", String.valueOf(group.id()));
    }

    private static Stream<Arguments> byOtherRoles(String[][] writes) {
        return Stream.of(Role.values())
                .filter(r -> r != Role.SECRETARIAT)
                .flatMap(role -> Stream.of(writes).map(w -> Arguments.of(role, w[0], w[1])));
    }
}
