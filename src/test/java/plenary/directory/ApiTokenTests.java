package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Personal API tokens through real HTTP requests (MockMvc) on the database: made, used, scoped, expired, revoked,
 * kept as a hash only, and shown once on the account's page.
 */
@PlenaryIntegrationTest
class ApiTokenTests {

    private static final Pattern TOKEN = Pattern.compile("plenary_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aTokenReadsTheApiAsItsAccountAndBasicKeepsWorking() throws Exception {
        Signed rapporteur = accounts.account(Role.RAPPORTEUR);
        String token = make(rapporteur, "reader", "READ").get("token").asString();

        assertThat(token).matches(TOKEN);
        mvc.perform(get("/api/meetings").with(bearer(token))).andExpect(status().isOk());
        mvc.perform(get("/api/people").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/meetings").with(rapporteur.basic())).andExpect(status().isOk());
    }

    @Test
    void aReadTokenIsRefusedAWriteWith403NamingTheScopeAndAWriteTokenWrites() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        String read = make(participant, "reader", "READ").get("token").asString();
        String write = make(participant, "writer", "WRITE").get("token").asString();

        mvc.perform(post("/api/account/tokens")
                        .with(bearer(read))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"made by a read token\",\"scope\":\"READ\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/token-scope"))
                .andExpect(jsonPath("$.scope").value("READ"));
        mvc.perform(post("/api/account/tokens")
                        .with(bearer(write))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"made by a write token\",\"scope\":\"READ\"}"))
                .andExpect(status().isCreated());

        assertThat(names(participant)).containsExactlyInAnyOrder("reader", "writer", "made by a write token");
    }

    @Test
    void anExpiredARevokedAndAWrongTokenAreAllRefusedAlikeWith401() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        JsonNode expiring = make(participant, "expiring", "READ");
        JsonNode revoking = make(participant, "revoking", "READ");
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .params(
                        LocalDate.now(ZoneOffset.UTC)
                                .minusDays(1)
                                .atStartOfDay()
                                .atOffset(ZoneOffset.UTC),
                        expiring.get("id").asLong())
                .update();
        mvc.perform(delete("/api/account/tokens/" + revoking.get("id").asLong()).with(participant.basic()))
                .andExpect(status().isNoContent());

        String expired = refusal(expiring.get("token").asString());
        String revoked = refusal(revoking.get("token").asString());
        String wrong = refusal("plenary_" + "A".repeat(43));
        String garbage = refusal("not-a-token");

        assertThat(List.of(expired, revoked, wrong, garbage)).containsOnly(expired);
        assertThat(expired).contains("\"status\":401");
    }

    @Test
    void theDatabaseHoldsOnlyTheTokensSha256() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        JsonNode made = make(participant, "hashed", "READ");
        String token = made.get("token").asString();

        Map<String, Object> row = jdbc.sql("SELECT * FROM api_token WHERE id = ?")
                .param(made.get("id").asLong())
                .query()
                .singleRow();

        String secret = token.substring("plenary_".length());
        assertThat(row.values())
                .allSatisfy(value -> assertThat(String.valueOf(value))
                        .doesNotContain(secret)
                        .doesNotContain(secret.substring(0, 16)));
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_hash")).isEqualTo(sha256);
        mvc.perform(get("/api/account/tokens").with(participant.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("hashed"))
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }

    @Test
    void aTokensLastUseIsRecorded() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        JsonNode made = make(participant, "used", "READ");
        assertThat(lastUsed(made)).isNull();

        mvc.perform(get("/api/meetings").with(bearer(made.get("token").asString())))
                .andExpect(status().isOk());

        assertThat(lastUsed(made)).isNotNull();
        mvc.perform(get("/api/account/tokens").with(participant.basic()))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty());
    }

    @Test
    void anotherAccountCannotListOrRevokeMineButTheSecretariatRevokesAnyones() throws Exception {
        Signed me = accounts.account(Role.PARTICIPANT);
        Signed other = accounts.account(Role.PARTICIPANT);
        JsonNode mine = make(me, "mine", "READ");
        long id = mine.get("id").asLong();
        String token = mine.get("token").asString();

        mvc.perform(get("/api/account/tokens").with(other.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(delete("/api/account/tokens/" + id).with(other.basic())).andExpect(status().isNotFound());
        mvc.perform(get("/api/meetings").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(delete("/api/account/tokens/" + id).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/meetings").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledAccountsTokensStopWorking() throws Exception {
        Signed leaving = accounts.account(Role.PARTICIPANT);
        String token = make(leaving, "leaving", "READ").get("token").asString();
        mvc.perform(get("/api/meetings").with(bearer(token))).andExpect(status().isOk());

        jdbc.sql("UPDATE account SET enabled = FALSE WHERE username = ?")
                .param(leaving.username())
                .update();

        mvc.perform(get("/api/meetings").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void aLockedAccountsTokensStopWorkingUntilTheLockEnds() throws Exception {
        Signed locked = accounts.account(Role.PARTICIPANT);
        String token = make(locked, "locked", "READ").get("token").asString();

        jdbc.sql("INSERT INTO account_lockout (account_id, locked_at, locked_until, failures, address) "
                        + "SELECT id, ?, ?, 5, '10.0.0.1' FROM account WHERE username = ?")
                .params(
                        OffsetDateTime.now(ZoneOffset.UTC),
                        OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(15),
                        locked.username())
                .update();

        mvc.perform(get("/api/meetings").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenIsNoWayIntoPages() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        String token = make(participant, "pages", "WRITE").get("token").asString();

        // Pages know only the login form and HTTP Basic: to them the request is signed in by no one.
        mvc.perform(get("/meetings").with(bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(get("/account").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\":\"  \",\"scope\":\"READ\"}                          | name      | required",
                "{\"name\":\"no scope\"}                                        | scope     | required",
                "{\"name\":\"unknown scope\",\"scope\":\"ADMIN\"}               | scope     | one-of",
                "{\"name\":\"past\",\"scope\":\"READ\",\"expiresOn\":\"2020-01-01\"} | expiresOn | future",
                "{\"name\":\"too far\",\"scope\":\"READ\",\"expiresOn\":\"FAR\"}     | expiresOn | max-lifetime"
            })
    void badInputIsAProblemNamingTheFieldAndNothingIsStored(String body, String field, String rule) throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        String far = LocalDate.now(ZoneOffset.UTC).plusDays(366).toString();

        new JsonApi(mvc, json)
                .post("/api/account/tokens", participant.basic(), body.replace("FAR", far))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[?(@.field=='" + field + "' && @.rule=='" + rule + "')]")
                        .exists());

        assertThat(names(participant)).isEmpty();
    }

    @Test
    void theAccountPageShowsANewTokenOnceAndNeverAgain() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        String expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();

        String made = mvc.perform(post("/account/tokens")
                        .with(participant.basic())
                        .with(csrf())
                        .param("name", "laptop script")
                        .param("scope", "WRITE")
                        .param("expiresOn", expiresOn))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher shown = TOKEN.matcher(made);
        assertThat(shown.find()).as("the token on the page").isTrue();
        String token = shown.group();
        assertThat(made).contains("copy it now");

        String later = mvc.perform(get("/account").with(participant.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(later).contains("laptop script").contains("read and write").doesNotContain(token);
        assertThat(TOKEN.matcher(later).find()).isFalse();
        mvc.perform(post("/api/account/tokens")
                        .with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"from the page's token\",\"scope\":\"READ\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theAccountPageShowsAProblemBesideTheFieldAndStoresNothing() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);

        String page = mvc.perform(post("/account/tokens")
                        .with(participant.basic())
                        .with(csrf())
                        .param("name", "")
                        .param("scope", "READ")
                        .param("expiresOn", "2020-01-01"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"name-error\"").contains("id=\"expiresOn-error\"");
        assertThat(TOKEN.matcher(page).find()).isFalse();
        assertThat(names(participant)).isEmpty();
    }

    @Test
    void theAccountPageRevokesAToken() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        JsonNode made = make(participant, "to revoke", "READ");

        mvc.perform(post("/account/tokens/" + made.get("id").asLong() + "/revoke")
                        .with(participant.basic())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/meetings").with(bearer(made.get("token").asString())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void makingAndRevokingATokenAndSigningInWithItAreAudited() throws Exception {
        Signed participant = accounts.account(Role.PARTICIPANT);
        JsonNode made = make(participant, "audited", "READ");
        long id = made.get("id").asLong();
        mvc.perform(get("/api/meetings").with(bearer(made.get("token").asString())))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/account/tokens/" + id).with(participant.basic()))
                .andExpect(status().isNoContent());

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(audit(participant))
                        .contains(
                                "api-token-created " + participant.username(),
                                "sign-in API token " + id + " 'audited'",
                                "api-token-revoked " + participant.username()));
    }

    @Test
    void theOpenApiDescriptionNamesTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
    }

    private JsonNode make(Signed who, String name, String scope) throws Exception {
        return new JsonApi(mvc, json)
                .created(
                        "/api/account/tokens",
                        who.basic(),
                        "{\"name\":\"%s\",\"scope\":\"%s\"}".formatted(name, scope));
    }

    private String refusal(String token) throws Exception {
        return mvc.perform(get("/api/meetings").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> names(Signed who) {
        return jdbc.sql("SELECT t.name FROM api_token t JOIN account a ON a.id = t.account_id WHERE a.username = ?")
                .param(who.username())
                .query(String.class)
                .list();
    }

    private Object lastUsed(JsonNode made) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?")
                .param(made.get("id").asLong())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1)))
                .single()
                .orElse(null);
    }

    // "action actor" for each entry about the account, and "action detail" for its sign-ins.
    private List<String> audit(Signed who) {
        return jdbc.sql("SELECT action, actor, detail FROM audit_entry WHERE subject = ? ORDER BY id")
                .param("account " + who.username())
                .query((rs, n) -> rs.getString(1).equals("sign-in")
                        ? rs.getString(1) + " " + rs.getString(3)
                        : rs.getString(1) + " " + rs.getString(2))
                .list();
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }
}
