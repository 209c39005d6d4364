package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import plenary.PlenaryIntegrationTest;
import plenary.circulation.CirculationForm;
import plenary.circulation.CirculationRecords;
import plenary.directory.CurrentAccount;

/**
 * Every route of the application, as its request mappings declare them, tried by the public and by each of the
 * demo's eight accounts, against the demo record: who may pass and who is refused. The routes come from the
 * mappings, so a new endpoint without a row in {@link AccessMatrix} fails the build. Each request runs in a
 * transaction that is rolled back, so that writes (deletes among them) leave the record as it was. Pages that
 * pass are also checked for inline scripts and styles, which the Content-Security-Policy would refuse.
 */
@PlenaryIntegrationTest
class AccessMatrixTests {

    private static final Pattern INLINE =
            Pattern.compile("<style|\\sstyle=|<script(?![^>]*\\ssrc=)|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CirculationRecords circulations;

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        assertThat(AccessMatrix.ROWS.keySet())
                .as("rows of AccessMatrix (add a row for each new route)")
                .containsExactlyInAnyOrderElementsOf(routes());
    }

    @Test
    void everyIdentityIsLetThroughExactlyWhereItsRowSays() {
        Map<String, String> ids = demoIds();
        List<String> mismatches = new ArrayList<>();
        for (String route : routes()) {
            Set<String> allowed = AccessMatrix.ROWS.get(route);
            if (allowed == null) {
                continue; // reported by the test above
            }
            for (String identity : AccessMatrix.IDENTITIES) {
                MockHttpServletResponse answer = tryRoute(route, identity, ids);
                String outcome = outcome(answer);
                boolean passed = outcome.equals("passed");
                if (outcome.startsWith("failed") || passed != allowed.contains(identity)) {
                    mismatches.add(route + " as " + identity + ": " + outcome + " (" + answer.getStatus()
                            + "), expected " + (allowed.contains(identity) ? "passed" : "refused"));
                }
            }
        }
        assertThat(mismatches)
                .as("routes where the access differs from the matrix")
                .isEmpty();
    }

    private MockHttpServletResponse tryRoute(String route, String identity, Map<String, String> ids) {
        String[] parts = route.split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        String query = AccessMatrix.PARAMETERS.getOrDefault(route, "").replace("{group}", ids.get("group"));
        String path = DemoRoutes.fill(parts[1], ids) + (query.isEmpty() ? "" : "?" + query);
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                MockHttpServletRequestBuilder request = request(method, path);
                if (!identity.equals(AccessMatrix.PUBLIC_READER)) {
                    request.with(user(accounts.loadUserByUsername(identity)));
                }
                if (method != HttpMethod.GET) {
                    request.with(csrf());
                    if (path.startsWith("/api/")) {
                        request.contentType(MediaType.APPLICATION_JSON)
                                .content("{\"studyGroupId\": " + ids.get("group") + "}");
                    } else {
                        request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .param("studyGroupId", ids.get("group"));
                    }
                }
                return mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(route + " as " + identity, e);
            }
        });
    }

    /** "passed", "refused", or "failed: why" (a server error, or a page with inline code). */
    private static String outcome(MockHttpServletResponse answer) {
        int status = answer.getStatus();
        String location = answer.getRedirectedUrl();
        // A reader who may not see a draft is sent to the published report instead, which is a refusal too.
        if (status == 401
                || status == 403
                || (location != null && (location.endsWith("/login") || location.matches("/reports/\\d+")))) {
            return "refused";
        }
        if (status >= 500) {
            return "failed: server error";
        }
        // A self-contained report document allows its own style element by hash, in a policy of its own.
        boolean ownPolicy =
                String.valueOf(answer.getHeader("Content-Security-Policy")).contains("'sha256-");
        String type = answer.getContentType();
        if (type != null
                && type.startsWith(MediaType.TEXT_HTML_VALUE)
                && !ownPolicy
                && INLINE.matcher(new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8))
                        .find()) {
            return "failed: inline script or style";
        }
        return "passed";
    }

    private Set<String> routes() {
        return DemoRoutes.all(mappings);
    }

    /** The demo's ids, with those of records this test makes, and numbers that find no record for anyone. */
    private Map<String, String> demoIds() {
        Map<String, String> ids = DemoRoutes.demoIds(jdbc);
        ids.put("people", one("SELECT MIN(id) FROM person"));
        ids.put("institutions", String.valueOf(unreferencedInstitution()));
        ids.put("circulationId", demoCirculation(ids.get("group")));
        ids.put("recipientId", "0");
        ids.put("amendmentId", "0");
        // No calendar link of that secret or number: found by no one.
        ids.put("secret", "no-such-link");
        ids.put("calendars", "0");
        // No API token of that number: the route is tried, and finds none for anyone.
        ids.put("tokens", "0");
        ids.put("tokenId", "0");
        // A paragraph's or a section's key: the first draft's first paragraph (a section then finds none).
        ids.put("key", "para_1");
        ids.put("number", "1");
        ids.put("suggestionId", "1");
        // No import draft of the demo's: a draft is its uploader's alone, so this one is found by no one.
        ids.put("imports", "0");
        return ids;
    }

    /**
     * A circulation of the demo memorandum's first version to the representative's committee, made once for the
     * shared context: the representative answers it, the demo's drafters run it.
     */
    private String demoCirculation(String group) {
        String memorandum = one("SELECT MIN(id) FROM memorandum WHERE study_group_id = " + group);
        Long existing = jdbc.sql("SELECT MIN(id) FROM circulation WHERE memorandum_id = " + memorandum)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return String.valueOf(existing);
        }
        long committee = Long.parseLong(one("SELECT p.committee_id FROM account a JOIN person p ON p.id = a.person_id"
                + " WHERE a.username = 'representative'"));
        Long made = transactions.execute(status -> CurrentAccount.asSystem(() -> circulations
                .circulate(
                        Long.parseLong(memorandum),
                        new CirculationForm(
                                1,
                                Instant.now().plus(Duration.ofDays(30)),
                                "For the access matrix",
                                List.of(committee),
                                List.of(),
                                List.of()))
                .id()));
        return String.valueOf(made);
    }

    /**
     * An institution of the test's own that nothing refers to (the demo's all are): on PostgreSQL a delete refused
     * by a foreign key aborts the test's transaction, in which the page then answering would have to read.
     */
    private long unreferencedInstitution() {
        String name = "Access Matrix Forum " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO institution (name, name_key, kind, status) VALUES (?, ?, 'FORUM', 'ACTIVE')")
                .params(name, name.toLowerCase())
                .update();
        return jdbc.sql("SELECT id FROM institution WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private String one(String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }
}
