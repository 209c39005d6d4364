package plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.PASSWORD;
import static plenary.TestAccounts.admin;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.Pronoun;
import plenary.directory.Role;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingRecords;
import plenary.reports.DraftForm;
import plenary.reports.PublishForm;
import plenary.reports.ReportRecords;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;

/** Each action the audit records leaves an entry; the chain holds; nothing changes or deletes an entry. */
@PlenaryIntegrationTest
class AuditTrailTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    StudyGroupRecords groups;

    @Autowired
    MeetingRecords meetings;

    @Autowired
    ReportRecords reports;

    @Test
    void signInsFailuresLocksAndTheirLiftingAreRecordedWithTheAddress() throws Exception {
        String username = accounts.account(Role.PARTICIPANT).username();
        String form = address();
        mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(from(form)))
                .andExpect(redirectedUrl("/my-work"));
        assertThat(entries("account " + username, 2))
                .containsExactly(
                        "account-created plenary roles PARTICIPANT null",
                        "sign-in " + username + " login form " + form);

        // HTTP Basic signs in on every request: recorded once an hour per account and address.
        String basic = address();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/meetings").with(httpBasic(username, PASSWORD)).with(from(basic)))
                    .andExpect(status().isOk());
        }
        String wrong = address();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/meetings")
                    .with(httpBasic(username, "wrong-password"))
                    .with(from(wrong)));
        }
        long id = jdbc.sql("SELECT id FROM account WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
        mvc.perform(delete("/api/accounts/" + id + "/lockout").with(admin())).andExpect(status().isOk());

        String failed = "sign-in-failed " + username + " wrong user name or password " + wrong;
        // Listeners run after commit on threads of their own: the failures and the lock may come in any order.
        assertThat(entries("account " + username, 10))
                .containsExactlyInAnyOrder(
                        "account-created plenary roles PARTICIPANT null",
                        "sign-in " + username + " login form " + form,
                        "sign-in " + username + " HTTP Basic " + basic,
                        failed,
                        failed,
                        failed,
                        failed,
                        failed,
                        "account-locked plenary 5 failed sign-ins; locked until %s " + wrong,
                        "account-unlocked admin lock lifted null");
    }

    @Test
    void anAddressRefusedAfterTwentyFailuresUnderAnyNamesIsRecorded() throws Exception {
        String address = address();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/meetings")
                    .with(httpBasic("nobody-" + address + "-" + i, "wrong-password"))
                    .with(from(address)));
        }
        assertThat(entries("address " + address, 1))
                .containsExactly("address-refused plenary 20 failed sign-ins; refused until %s " + address);
    }

    @Test
    void accountsMadeGivenOtherRolesAndDeletedAreRecordedWithWhoDidIt() throws Exception {
        String username = "audited-" + ADDRESSES.incrementAndGet();
        String created = mvc.perform(post("/api/accounts")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username
                                + "\",\"password\":\"a-long-secret-phrase\",\"roles\":[\"PARTICIPANT\"]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/accounts/" + id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username
                                + "\",\"roles\":[\"RAPPORTEUR\",\"CO_CHAIR\"],\"version\":0}"))
                .andExpect(status().isOk());
        // A change that keeps the roles is not a role change.
        mvc.perform(put("/api/accounts/" + id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username
                                + "\",\"roles\":[\"RAPPORTEUR\",\"CO_CHAIR\"],\"version\":1}"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/accounts/" + id).with(admin())).andExpect(status().isNoContent());

        assertThat(entries("account " + username, 3))
                .containsExactly(
                        "account-created admin roles PARTICIPANT null",
                        "account-roles-changed admin roles PARTICIPANT → CO_CHAIR, RAPPORTEUR null",
                        "account-deleted admin null null");
    }

    @Test
    void aPublicationAndExportsOfRestrictedRecordsAreRecorded() throws Exception {
        long meeting = meetingWithoutNames();
        String subject = "report of meeting " + meeting;
        CurrentAccount.asSystem(() -> reports.draft(meeting, new DraftForm(null, null)));

        mvc.perform(get("/api/meetings/" + meeting + "/report?format=md&version=1")
                        .with(admin()))
                .andExpect(status().isOk());
        CurrentAccount.asSystem(() -> reports.publish(meeting, new PublishForm(1)));
        // Once published, version 1 is no longer a restricted record.
        mvc.perform(get("/api/meetings/" + meeting + "/report?format=pdf&version=1")
                        .with(admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/meetings/" + meeting).with(admin())).andExpect(status().isOk());

        assertThat(entries(subject, 2))
                .hasSize(2)
                .first()
                .isEqualTo("draft-report-exported admin unpublished version 1 as md null");
        assertThat(entries(subject, 2).get(1))
                .matches("report-published plenary published report no\\. \\d+, version 1 null");
        assertThat(entries("meeting " + meeting))
                .containsExactly("named-record-exported admin named record of a meeting under the rule NONE null");
    }

    @Test
    void aMemorandumsStartFrozenVersionAndDeletionAreRecordedAndShownAsItsHistory() throws Exception {
        long group = mvcJson(post("/api/study-groups"), """
                {"title":"Study Group on Audited Drafting %s","status":"PROPOSED","coChairIds":[],"rapporteurIds":[],
                 "committeeIds":[]}""".formatted(System.nanoTime()));
        long kept = mvcJson(post("/api/memoranda"), """
                {"studyGroupId":%d,"fromRecord":false,"title":"Kept"}""".formatted(group));
        mvc.perform(post("/api/memoranda/" + kept + "/versions")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"For the committees\",\"version\":1}"))
                .andExpect(status().isCreated());
        long dropped = mvcJson(post("/api/memoranda"), """
                {"studyGroupId":%d,"fromRecord":false,"title":"Dropped"}""".formatted(group));
        mvc.perform(delete("/api/memoranda/" + dropped).with(admin())).andExpect(status().isNoContent());

        assertThat(entries("memorandum " + kept, 2))
                .containsExactly(
                        "memorandum-started admin “Kept” of study group " + group + ", blank null",
                        "memorandum-version-frozen admin version 1: For the committees null");
        assertThat(entries("memorandum " + dropped, 2))
                .containsExactly(
                        "memorandum-started admin “Dropped” of study group " + group + ", blank null",
                        "memorandum-deleted admin “Dropped” of study group " + group + ", before any version null");

        String history = mvc.perform(get("/memoranda/" + kept + "/history").with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(history)
                .contains("<h1 id=\"page-heading\">History of Kept</h1>")
                .contains("memorandum version frozen");
        mvc.perform(get("/api/memoranda/" + kept + "/history").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].detail").value("version 1: For the committees"));
        mvc.perform(get("/api/memoranda/" + kept + "/history")).andExpect(status().isUnauthorized());
    }

    private long mvcJson(MockHttpServletRequestBuilder request, String body) throws Exception {
        String answer = mvc.perform(request.with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    @Test
    void aBackupOfTheWholeInstanceIsRecordedWithWhoTookIt() throws Exception {
        int before = entries("the whole instance").size();

        mvc.perform(get("/api/admin/backup").with(admin())).andExpect(status().isOk());

        List<String> entries = entries("the whole instance", before + 1);
        assertThat(entries.get(entries.size() - 1))
                .matches("backup-written admin archive of \\d+ rows at schema version [0-9.]+ null");
    }

    @Test
    void theNamedRecordOfANamedMeetingIsNoRestrictedRecord() throws Exception {
        long meeting = meeting(AttributionRule.NAMED);
        mvc.perform(get("/api/meetings/" + meeting).with(admin())).andExpect(status().isOk());
        assertThat(entries("meeting " + meeting)).isEmpty();
    }

    @Test
    void aRecordReadWithoutNamesIsNoExportOfARestrictedRecord() throws Exception {
        long meeting = meetingWithoutNames();
        mvc.perform(get("/api/meetings/" + meeting)
                        .with(accounts.of(Role.PARTICIPANT).basic()))
                .andExpect(status().isOk());
        assertThat(entries("meeting " + meeting)).isEmpty();
    }

    @Test
    void theChainOfEveryEntryHolds() throws Exception {
        mvc.perform(get("/api/audit/verification").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBroken").doesNotExist());
        mvc.perform(get("/audit").with(admin())).andExpect(status().isOk());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws Exception {
        accounts.account(Role.PARTICIPANT); // at least one entry
        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE audit_entry SET actor = 'forger'").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("appended only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("appended only");
        mvc.perform(get("/api/audit/verification").with(admin()))
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void theAuditLogsStoreOnlyAppendsAndReads() {
        Set<String> methods = Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !java.lang.reflect.Modifier.isPrivate(m.getModifiers()))
                .map(java.lang.reflect.Method::getName)
                .collect(Collectors.toSet());
        assertThat(methods).containsExactlyInAnyOrder("append", "page", "count", "about", "all", "head");
    }

    @Test
    void theSecretariatFiltersByActionAndPages() throws Exception {
        mvc.perform(get("/api/audit?action=account-created&size=2").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("account-created"))
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].action").value("account-created"))
                .andExpect(jsonPath("$.entries[1].action").value("account-created"));
        mvc.perform(get("/audit?action=account-created&page=1").with(admin())).andExpect(status().isOk());
    }

    @Test
    void onlyTheSecretariatReadsTheAuditLog() throws Exception {
        for (Role role : Role.values()) {
            RequestPostProcessor who = accounts.of(role).basic();
            int expected = role == Role.SECRETARIAT ? 200 : 403;
            mvc.perform(get("/api/audit").with(who)).andExpect(status().is(expected));
            mvc.perform(get("/api/audit/verification").with(who)).andExpect(status().is(expected));
            mvc.perform(get("/audit").with(who)).andExpect(status().is(expected));
        }
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/audit").accept("text/html")).andExpect(redirectedUrl("/login"));
    }

    private long meetingWithoutNames() {
        return meeting(AttributionRule.NONE);
    }

    private long meeting(AttributionRule rule) {
        var chair = accounts.person("Audit Chair " + ADDRESSES.incrementAndGet(), Nationality.NZ, Pronoun.THEY);
        return CurrentAccount.asSystem(() -> {
            long group = groups.create(new StudyGroupForm(
                            "Study Group on Audits " + ADDRESSES.incrementAndGet(),
                            "To test the audit.",
                            StudyGroupStatus.ACTIVE,
                            20,
                            List.of(chair.id().value()),
                            List.of(),
                            List.of(),
                            null))
                    .id()
                    .value();
            return meetings.create(new MeetingForm(
                            group,
                            1,
                            null,
                            LocalDate.of(2011, 11, 14),
                            null,
                            "Vladivostok",
                            Nationality.RU,
                            null,
                            20,
                            9,
                            AttendanceQualifier.MORE_THAN,
                            true,
                            rule,
                            null))
                    .id()
                    .value();
        });
    }

    /** The entries about the subject, once there are {@code count} (they are appended after commit, asynchronously). */
    private List<String> entries(String subject, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> entries(subject).size() >= count);
        return entries(subject);
    }

    // Each entry about the subject, oldest first, as "action actor detail address" (detail's times as %s).
    private List<String> entries(String subject) {
        return jdbc.sql("SELECT action, actor, detail, address FROM audit_entry WHERE subject = ? ORDER BY id")
                .param(subject)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + String.valueOf(rs.getString(3)).replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "%s") + " "
                        + rs.getString(4))
                .list();
    }

    private static String address() {
        return "10.88." + ADDRESSES.incrementAndGet() + ".1";
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
