package plenary.directory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;

/** Every write of the directory, tried by every role: only the secretariat gets past the door. */
@PlenaryIntegrationTest
class DirectoryAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    static Stream<Arguments> writesByOtherRoles() {
        String[][] writes = {
            {"POST", "/api/committees"}, {"PUT", "/api/committees/1"}, {"DELETE", "/api/committees/1"},
            {"POST", "/api/people"}, {"PUT", "/api/people/1"}, {"DELETE", "/api/people/1"},
            {"POST", "/api/accounts"}, {"PUT", "/api/accounts/1"}, {"DELETE", "/api/accounts/1"},
            {"PUT", "/api/organisation"}
        };
        return Stream.of(Role.values())
                .filter(r -> r != Role.SECRETARIAT)
                .flatMap(role -> Stream.of(writes).map(w -> Arguments.of(role, w[0], w[1])));
    }

    @ParameterizedTest(name = "{0} {1} {2} → 403")
    @MethodSource("writesByOtherRoles")
    void onlyTheSecretariatWritesTheDirectory(Role role, String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path)
                        .with(accounts.of(role).basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Forbidden\"}"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "anonymous {1} {2} → 401")
    @MethodSource("writesByOtherRoles")
    void thePublicWritesNothing(Role ignored, String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Forbidden\"}"))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest(name = "secretariat {0}")
    @MethodSource("secretariatWrites")
    void theSecretariatIsLetThrough(String method, String path) throws Exception {
        // Allowed through the door: what follows is validation of an empty record, not a refusal.
        mvc.perform(request(HttpMethod.valueOf(method), path)
                        .with(TestAccounts.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
    }

    static Stream<Arguments> secretariatWrites() {
        return Stream.of(
                Arguments.of("POST", "/api/committees"),
                Arguments.of("POST", "/api/people"),
                Arguments.of("POST", "/api/accounts"),
                Arguments.of("PUT", "/api/organisation"));
    }
}
