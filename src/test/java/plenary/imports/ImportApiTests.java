package plenary.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.PlenaryIntegrationTest;
import plenary.reports.fidelity.ChrF;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The import through the API on a real database: a report uploaded by one who may create meetings gives a draft and
 * stores nothing else; its owner, and no one else, confirms it as a meeting; bad documents are refused by rule.
 */
@PlenaryIntegrationTest
class ImportApiTests {

    /**
     * The seed imported and composed again, held to the floor of the reports composed from hand-kept records
     * (CorpusReportTests.CHRF_FLOOR): a record the import read should give a report as close to its source as
     * one a person kept. It reaches 0.94 today, since the summaries keep the report's own words.
     */
    static final double SEED_CHRF_FLOOR = 0.9;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient db;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anUploadGivesADraftAndStoresNothingButTheDraft() throws Exception {
        long meetings = count("meeting");
        long interventions = count("intervention");
        long drafts = count("import_draft");

        JsonNode draft = upload("cochair", seed());

        assertThat(draft.get("id").asLong()).isPositive();
        assertThat(draft.at("/record/sessions")).hasSize(3);
        assertThat(draft.at("/record/facts/city").asString()).isEqualTo("Vladivostok");
        assertThat(draft.at("/record/interventions/0/speaker").asString()).isEqualTo("One participant");
        assertThat(count("import_draft")).isEqualTo(drafts + 1);
        assertThat(count("meeting")).isEqualTo(meetings);
        assertThat(count("intervention")).isEqualTo(interventions);
    }

    @Test
    void onlyTheDraftsOwnerReadsAndConfirmsIt() throws Exception {
        long id = upload("cochair", seed()).get("id").asLong();

        assertThat(send(get("/api/imports/" + id), "cochair2").getStatus()).isEqualTo(403);
        assertThat(send(confirm(id, demoGroup()), "cochair2").getStatus()).isEqualTo(403);
        assertThat(send(get("/api/imports/" + id), "cochair").getStatus()).isEqualTo(200);
    }

    @Test
    void oneWhoMayNotCreateMeetingsCannotImport() throws Exception {
        MockHttpServletResponse answer =
                send(post("/api/imports").contentType(MediaType.TEXT_PLAIN).content(seed()), "participant");

        assertThat(answer.getStatus()).isEqualTo(403);
    }

    @Test
    void theConfirmedDraftIsAMeetingOfTheGroupWhoseReportReadsCloseToTheSeed() throws Exception {
        long group = newGroup();
        long id = upload("admin", seed()).get("id").asLong();

        MockHttpServletResponse confirmed = send(confirm(id, group), "admin");

        assertThat(confirmed.getStatus()).as(confirmed.getContentAsString()).isEqualTo(201);
        long meeting =
                json.readTree(confirmed.getContentAsString()).get("meetingId").asLong();
        assertThat(count("meeting_session WHERE meeting_id = " + meeting)).isEqualTo(3);
        assertThat(count("intervention WHERE meeting_id = " + meeting)).isEqualTo(23);
        assertThat(count("proposal WHERE meeting_id = " + meeting)).isEqualTo(6);
        assertThat(send(confirm(id, group), "admin").getStatus()).isEqualTo(400);

        assertThat(send(post("/api/meetings/" + meeting + "/report/draft"), "admin")
                        .getStatus())
                .isEqualTo(201);
        String composed = send(get("/api/meetings/" + meeting + "/report").param("format", "md"), "admin")
                .getContentAsString(StandardCharsets.UTF_8);
        double chrF = ChrF.score(composed, seed());
        System.out.printf("ImportApiTests: chrF of the seed's report composed from its import: %.3f%n", chrF);
        assertThat(chrF).isGreaterThanOrEqualTo(SEED_CHRF_FLOOR);
    }

    @Test
    void correctionsSentWithTheConfirmationAreStoredAndTheNamedHostIsItsCommittee() throws Exception {
        long group = newGroup();
        long id = upload("admin", seed()).get("id").asLong();
        long meetings = count("meeting");

        MockHttpServletResponse refused =
                send(confirmWith(id, "{\"studyGroupId\":" + group + ",\"themes\":[\"Only one theme\"]}"), "admin");
        assertThat(refused.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.getContentAsString());
        assertThat(problem.at("/violations/0/field").asString()).isEqualTo("themes");
        assertThat(problem.at("/violations/0/rule").asString()).isEqualTo("one-per-session");
        assertThat(count("meeting")).isEqualTo(meetings);

        MockHttpServletResponse confirmed = send(confirmWith(id, """
                        {"studyGroupId":%d,"ordinal":11,"city":"Vladivostok, Russky Island",
                         "themes":["Energy first","Institutions second","Tasks third"]}""".formatted(group)), "admin");
        assertThat(confirmed.getStatus()).as(confirmed.getContentAsString()).isEqualTo(201);
        long meeting =
                json.readTree(confirmed.getContentAsString()).get("meetingId").asLong();
        JsonNode record = json.readTree(
                send(get("/api/meetings/" + meeting), "admin").getContentAsString(StandardCharsets.UTF_8));
        assertThat(record.get("ordinal").asInt()).isEqualTo(11);
        assertThat(record.get("city").asString()).isEqualTo("Vladivostok, Russky Island");
        assertThat(record.get("startsOn").asString()).isEqualTo("2011-11-14");
        assertThat(record.at("/sessions/1/theme").asString()).isEqualTo("Institutions second");
        assertThat(record.get("hostCommittee").asString()).isEqualTo("CSCAP-Russia");
    }

    @Test
    void badDocumentsAreRefusedByTheirRule() throws Exception {
        assertThat(rule(new byte[0])).isEqualTo("not-empty");
        assertThat(rule(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).isEqualTo("document");
        assertThat(rule("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("readable-pdf");
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(rule(large)).isEqualTo("max-size");
    }

    private String rule(byte[] body) throws Exception {
        MockHttpServletResponse answer = send(
                post("/api/imports")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(body),
                "cochair");
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
        return json.readTree(answer.getContentAsString())
                .at("/violations/0/rule")
                .asString();
    }

    private JsonNode upload(String who, String text) throws Exception {
        MockHttpServletResponse answer =
                send(post("/api/imports").contentType(MediaType.TEXT_PLAIN).content(text), who);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
        return json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirm(
            long id, long group) {
        return post("/api/imports/" + id + "/confirm")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"studyGroupId\":" + group + "}");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirmWith(
            long id, String body) {
        return post("/api/imports/" + id + "/confirm")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private MockHttpServletResponse send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
            throws Exception {
        RequestPostProcessor signedIn = user(accounts.loadUserByUsername(who));
        return mvc.perform(request.with(signedIn)).andReturn().getResponse();
    }

    private long newGroup() throws Exception {
        long committee = db.sql("SELECT MIN(id) FROM committee WHERE kind = 'MEMBER_COMMITTEE'")
                .query(Long.class)
                .single();
        MockHttpServletResponse created = send(
                post("/api/study-groups")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"CSCAP Study Group on Imported Reports %d","mandate":"To import.",
                                "status":"PROPOSED","plannedMeetings":3,"coChairIds":[],"rapporteurIds":[],
                                "committeeIds":[%d]}""".formatted(System.nanoTime(), committee)),
                "admin");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json.readTree(created.getContentAsString()).get("id").asLong();
    }

    private long demoGroup() {
        return db.sql("SELECT id FROM study_group WHERE title = "
                        + "'CSCAP Study Group on Multilateral Security Governance in Northeast Asia'")
                .query(Long.class)
                .single();
    }

    private long count(String tableAndCondition) {
        return db.sql("SELECT COUNT(*) FROM " + tableAndCondition)
                .query(Long.class)
                .single();
    }

    private static String seed() throws IOException {
        try (InputStream in = ImportApiTests.class.getResourceAsStream("/imports/reports/vladivostok-2011.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
