package plenary.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.StatementCount;
import plenary.StatementCount.Statements;
import plenary.TestAccounts;
import plenary.circulation.internal.PersonalLinks;
import plenary.directory.Directory;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Circulation through its API: a frozen version sent to the group's committee and an outside expert with its mail
 * queued, comments and amendments sent back, the deadline enforced unless late is said, the personal link kept
 * only as a hash, expiring and revocable, and each refusal changing nothing.
 */
@PlenaryIntegrationTest
class CirculationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient db;

    @Autowired
    InvitationMail invitations;

    @Autowired
    ReminderMail reminders;

    JsonApi api;
    CirculationWorld world;

    @BeforeEach
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        world = new CirculationWorld(api, json, accounts, directory);
    }

    @Test
    void aCirculationQueuesAnInvitationAndRemindersForEveryAddressee() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode circulation = world.circulate(deadline, List.of(expert("Ms Outside", "outside@example.org")));

        assertThat(circulation.get("recipients").findValuesAsString("kind")).containsExactly("COMMITTEE", "OUTSIDER");
        List<Map<String, Object>> queued = queued(circulation.get("id").asLong());
        // The representative and the expert: an invitation now, reminders three days and one day before.
        assertThat(queued)
                .extracting(m -> m.get("kind") + " " + m.get("recipient_email") + " " + m.get("before"))
                .containsExactlyInAnyOrder(
                        "circulation-invitation "
                                + world.representative.person().email() + " 0",
                        "circulation-reminder " + world.representative.person().email() + " 3",
                        "circulation-reminder " + world.representative.person().email() + " 1",
                        "circulation-invitation outside@example.org 0",
                        "circulation-reminder outside@example.org 3",
                        "circulation-reminder outside@example.org 1");
    }

    @Test
    void aRecipientShowsAsRemindedOnceAReminderToItsAddresseeWentOut() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode circulation = world.circulate(deadline, List.of(expert("Ms Outside", "outside@example.org")));
        String url = world.url(circulation);
        assertThat(api.read(api.get(url, world.coChair.basic()))
                        .get("recipients")
                        .findValuesAsString("reminded"))
                .containsExactly("false", "false");

        // The representative's first reminder goes out; the outsider's is still pending.
        assertThat(db.sql("UPDATE outbox_message SET state = 'SENT', sent_at = CURRENT_TIMESTAMP"
                                + " WHERE deduplication_key LIKE ? AND recipient_email = ? AND kind = ?")
                        .params(
                                "circulation-reminder:" + circulation.get("id").asLong() + ":%",
                                world.representative.person().email(),
                                "circulation-reminder")
                        .update())
                .isEqualTo(2);

        JsonNode recipients = api.read(api.get(url, world.coChair.basic())).get("recipients");
        assertThat(recipients.findValuesAsString("kind")).containsExactly("COMMITTEE", "OUTSIDER");
        assertThat(recipients.findValuesAsString("reminded")).containsExactly("true", "false");
    }

    /**
     * Whom a reminder reached is read in one statement for the representatives of every committee and one for what
     * went out to them all: it was a statement for each committee and one more for each addressee.
     */
    @Test
    void whomAReminderReachedIsReadInTheSameStatementsHoweverManyRecipients() throws Exception {
        world.admitOtherCommittee();
        JsonNode circulation = api.created(
                "/api/memoranda/" + world.memorandum + "/circulations",
                world.coChair.basic(),
                world.circulation(
                        Instant.now().plus(Duration.ofDays(10)),
                        List.of(world.committee, world.otherCommittee),
                        List.of(),
                        List.of(expert("Ms Outside", "outside@example.org"))));

        Statements read = StatementCount.of(() -> api.read(api.get(world.url(circulation), world.coChair.basic())));

        assertThat(read.sql())
                .as(read.toString())
                .filteredOn(sql -> sql.contains("account_role r"))
                .hasSize(1);
        assertThat(read.sql())
                .as(read.toString())
                .filteredOn(sql -> sql.contains("outbox_message"))
                .hasSize(1);
    }

    @Test
    void aDeadlineInThePastOrARecipientOutsideTheGroupIsRefusedAndNothingIsCirculated() throws Exception {
        String url = "/api/memoranda/" + world.memorandum + "/circulations";
        Instant future = Instant.now().plus(Duration.ofDays(5));
        assertRefused(
                api.post(
                        url,
                        world.coChair.basic(),
                        world.circulation(
                                Instant.now().minusSeconds(60), List.of(world.committee), List.of(), List.of())),
                "deadline",
                "future");
        assertRefused(
                api.post(
                        url,
                        world.coChair.basic(),
                        world.circulation(
                                future, List.of(world.committee, world.otherCommittee), List.of(), List.of())),
                "committeeIds[1]",
                "of-study-group");
        assertRefused(
                api.post(
                        url,
                        world.coChair.basic(),
                        world.circulation(future, List.of(), List.of(world.outsiderPerson), List.of())),
                "personIds[0]",
                "of-study-group");
        assertRefused(
                api.post(url, world.coChair.basic(), world.circulation(future, List.of(), List.of(), List.of())),
                "committeeIds",
                "required");
        assertThat(api.post(
                                url,
                                world.representative.basic(),
                                world.circulation(future, List.of(world.committee), List.of(), List.of()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        assertThat(api.read(api.get(url, world.coChair.basic()))).isEmpty();
        assertThat(db.sql("SELECT COUNT(*) FROM circulation WHERE memorandum_id = ?")
                        .param(world.memorandum)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRepresentativeCommentsAndAmendsForTheCommitteeAndTheCoChairReplies() throws Exception {
        JsonNode circulation = world.circulate(Instant.now().plus(Duration.ofDays(10)), List.of());
        String url = world.url(circulation);

        JsonNode comment = api.created(
                url + "/comments",
                world.representative.basic(),
                json.writeValueAsString(Map.of("paragraphKey", world.first, "text", "Which pipeline?")));
        api.created(
                url + "/comments",
                world.coChair.basic(),
                json.writeValueAsString(Map.of("replyTo", comment.get("id").asLong(), "text", "The gas pipeline.")));
        JsonNode amendment = api.created(
                url + "/amendments",
                world.representative.basic(),
                json.writeValueAsString(Map.of(
                        "kind", "REPLACE",
                        "paragraphKey", world.first,
                        "text", "Build the gas pipeline.",
                        "rationale", "Say which pipeline.")));
        assertThat(api.post(
                                url + "/amendments",
                                world.participant.basic(),
                                json.writeValueAsString(Map.of(
                                        "kind", "DELETE", "paragraphKey", world.first, "rationale", "Not ours.")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        JsonNode read = api.read(api.get(url, world.participant.basic()));
        assertThat(read.get("comments").findValuesAsString("text"))
                .containsExactly("Which pipeline?", "The gas pipeline.");
        assertThat(read.get("comments").get(1).get("replyTo").asLong())
                .isEqualTo(comment.get("id").asLong());
        assertThat(read.get("comments").get(1).get("paragraphKey").asString()).isEqualTo(world.first);
        assertThat(amendment.get("author").asString())
                .isEqualTo(world.representative.person().name() + " for "
                        + read.get("recipients").get(0).get("name").asString());
        assertThat(read.get("amendments")).hasSize(1);
        assertThat(read.get("recipients").get(0).get("answered").asBoolean()).isTrue();
        assertThat(read.get("recipients").get(0).get("late").asBoolean()).isFalse();
    }

    @Test
    void afterTheDeadlineOnlyAContributionMarkedLateIsAcceptedAndMarkedSo() throws Exception {
        JsonNode circulation = world.circulate(Instant.now().plus(Duration.ofDays(10)), List.of());
        String url = world.url(circulation);
        db.sql("UPDATE circulation SET deadline = ? WHERE id = ?")
                .params(
                        java.sql.Timestamp.from(Instant.now().minusSeconds(3600)),
                        circulation.get("id").asLong())
                .update();
        String amendment = json.writeValueAsString(Map.of(
                "kind", "INSERT_AFTER",
                "paragraphKey", world.first,
                "text", "A regional dialogue is needed.",
                "rationale", "Dialogue first."));

        assertRefused(api.post(url + "/amendments", world.representative.basic(), amendment), "late", "deadline");
        assertRefused(
                api.post(
                        url + "/comments",
                        world.representative.basic(),
                        json.writeValueAsString(Map.of("paragraphKey", world.first, "text", "Too late?"))),
                "late",
                "deadline");
        JsonNode unchanged = api.read(api.get(url, world.coChair.basic()));
        assertThat(unchanged.get("amendments")).isEmpty();
        assertThat(unchanged.get("comments")).isEmpty();
        assertThat(unchanged.get("recipients").get(0).get("answered").asBoolean())
                .isFalse();

        JsonNode late = api.created(
                url + "/amendments", world.representative.basic(), amendment.replace("}", ",\"late\":true}"));
        assertThat(late.get("late").asBoolean()).isTrue();
        JsonNode read = api.read(api.get(url, world.coChair.basic()));
        assertThat(read.get("recipients").get(0).get("late").asBoolean()).isTrue();
        assertThat(read.get("closed").asBoolean()).isTrue();
    }

    @Test
    void anAmendmentStaysWithTheVersionItWasMadeOnWhenALaterVersionDeletesItsParagraph() throws Exception {
        JsonNode circulation = world.circulate(Instant.now().plus(Duration.ofDays(10)), List.of());
        String url = world.url(circulation);
        JsonNode current = api.read(api.get("/api/memoranda/" + world.memorandum, world.coChair.basic()));
        JsonNode saved = api.changed(
                "/api/memoranda/" + world.memorandum,
                world.coChair.basic(),
                json.writeValueAsString(Map.of(
                        "title",
                        "Memorandum to circulate",
                        "preamble",
                        "The Study Group met twice.",
                        "version",
                        current.get("version").asInt(),
                        "sections",
                        List.of(Map.of(
                                "key",
                                world.section,
                                "heading",
                                "Energy",
                                "paragraphs",
                                List.of(Map.of("key", world.first, "text", "Build the pipeline.")))))));
        api.created(
                "/api/memoranda/" + world.memorandum + "/versions",
                world.coChair.basic(),
                json.writeValueAsString(
                        Map.of("note", "Second", "version", saved.get("version").asInt())));

        api.created(
                url + "/amendments",
                world.representative.basic(),
                json.writeValueAsString(
                        Map.of("kind", "DELETE", "paragraphKey", world.second, "rationale", "Dialogue is premature.")));
        JsonNode read = api.read(api.get(url, world.coChair.basic()));
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("amendments").get(0).get("paragraphKey").asString()).isEqualTo(world.second);
        assertRefused(
                api.post(
                        url + "/comments",
                        world.representative.basic(),
                        json.writeValueAsString(Map.of("paragraphKey", "para_999", "text", "Where?"))),
                "paragraphKey",
                "exists");
    }

    @Test
    void theExpertsPersonalLinkIsStoredOnlyAsItsHashAndWhatTheyWriteIsAttributedToThem() throws Exception {
        JsonNode circulation = world.circulate(
                Instant.now().plus(Duration.ofDays(10)), List.of(expert("Dr Expert", "expert@example.org")));
        long recipient = circulation.get("recipients").get(1).get("id").asLong();
        String token = link(circulation, recipient);

        String stored = db.sql("SELECT link_hash FROM circulation_recipient WHERE id = ?")
                .param(recipient)
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(PersonalLinks.hash(token))
                .isNotEqualTo(token)
                .hasSize(64);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/circulations/link/" + token))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Build the pipeline.").contains("Dr Expert");
        MockHttpServletResponse sent = mvc.perform(
                        MockMvcRequestBuilders.post("/circulations/link/" + token + "/comments")
                                .with(csrf())
                                .param("paragraphKey", world.second)
                                .param("text", "A dialogue needs a secretariat."))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);

        JsonNode read = api.read(api.get(world.url(circulation), world.coChair.basic()));
        assertThat(read.get("comments").get(0).get("author").asString()).isEqualTo("Dr Expert");
        assertThat(read.get("comments").get(0).get("recipientId").asLong()).isEqualTo(recipient);
        assertThat(read.get("recipients").get(1).get("answered").asBoolean()).isTrue();
        assertThat(reminders.render(mail("circulation-reminder", circulation, recipient)))
                .isEmpty();
        assertThat(reminders.render(mail(
                        "circulation-reminder",
                        circulation,
                        circulation.get("recipients").get(0).get("id").asLong())))
                .isPresent();
    }

    @Test
    void aRevokedOrExpiredLinkIsRefusedAndChangesNothing() throws Exception {
        JsonNode circulation = world.circulate(
                Instant.now().plus(Duration.ofDays(10)),
                List.of(expert("Dr Revoked", "revoked@example.org"), expert("Dr Expired", "expired@example.org")));
        long revoked = circulation.get("recipients").get(1).get("id").asLong();
        long expired = circulation.get("recipients").get(2).get("id").asLong();
        String revokedToken = link(circulation, revoked);
        String expiredToken = link(circulation, expired);

        assertThat(api.delete(world.url(circulation) + "/recipients/" + revoked + "/link", world.participant.basic())
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        JsonNode after = api.read(
                api.delete(world.url(circulation) + "/recipients/" + revoked + "/link", world.coChair.basic()));
        assertThat(after.get("recipients").get(1).get("linkRevoked").asBoolean())
                .isTrue();
        assertLinkRefused(revokedToken, "revoked");
        assertThat(refusal(revokedToken, "en"))
                .contains("This personal link was revoked by the co-chairs; it opens nothing any more.");
        assertThat(refusal(revokedToken, "ru"))
                .contains("Сопредседатели отозвали эту персональную ссылку; она больше ничего не открывает.");

        db.sql("UPDATE circulation SET deadline = ? WHERE id = ?")
                .params(
                        java.sql.Timestamp.from(
                                Instant.now().minus(PersonalLinks.GRACE).minusSeconds(60)),
                        circulation.get("id").asLong())
                .update();
        assertLinkRefused(expiredToken, "expired");
        assertThat(refusal(expiredToken, "en")).contains("This personal link expired with its circulation, on ");
        assertThat(refusal(expiredToken, "ru"))
                .contains("Срок действия этой персональной ссылки истёк вместе с рассылкой: ")
                .doesNotContain("expired with its circulation");
        assertThat(refusal("not-a-link", "ru"))
                .contains("Эта ссылка ничего не открывает: проверьте, что скопировали её из письма целиком.");
        assertThat(refusal("not-a-link", "en"))
                .contains("This link opens nothing: check that you copied the whole of it from the e-mail.");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/circulations/link/not-a-link"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(api.read(api.get(world.url(circulation), world.coChair.basic()))
                        .get("comments"))
                .isEmpty();
    }

    // --- helpers

    /** The page that refuses a personal link, in the reader's language. */
    private String refusal(String token, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/circulations/link/" + token)
                        .header("Accept-Language", language))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void assertLinkRefused(String token, String word) throws Exception {
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/circulations/link/" + token))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).contains(word);
        MockHttpServletResponse sent = mvc.perform(
                        MockMvcRequestBuilders.post("/circulations/link/" + token + "/comments")
                                .with(csrf())
                                .param("paragraphKey", world.first)
                                .param("text", "Let me in."))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).isEqualTo(403);
    }

    /** The personal link, as the invitation's renderer mints it when the mail is sent. */
    private String link(JsonNode circulation, long recipient) {
        RenderedMail rendered = invitations
                .render(mail("circulation-invitation", circulation, recipient))
                .orElseThrow();
        Matcher link = Pattern.compile("/circulations/link/([A-Za-z0-9_-]+)").matcher(rendered.body());
        assertThat(link.find()).as(rendered.body()).isTrue();
        return link.group(1);
    }

    private OutgoingMail mail(String kind, JsonNode circulation, long recipient) {
        return new OutgoingMail(
                kind,
                "someone@example.org",
                null,
                null,
                Map.of(
                        "circulationId", circulation.get("id").asString(),
                        "memorandumId", String.valueOf(world.memorandum),
                        "recipientId", String.valueOf(recipient),
                        "title", "Memorandum to circulate",
                        "version", "1",
                        "deadline", circulation.get("deadline").asString()),
                Instant.now(),
                kind + ":test:" + recipient);
    }

    private List<Map<String, Object>> queued(long circulation) {
        Instant deadline = db.sql("SELECT deadline FROM circulation WHERE id = ?")
                .param(circulation)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        return db.sql("SELECT kind, recipient_email, not_before FROM outbox_message WHERE deduplication_key LIKE ?"
                        + " OR deduplication_key LIKE ?")
                .params("circulation-invitation:" + circulation + ":%", "circulation-reminder:" + circulation + ":%")
                .query((rs, n) -> Map.<String, Object>of(
                        "kind",
                        rs.getString("kind"),
                        "recipient_email",
                        rs.getString("recipient_email"),
                        "before",
                        rs.getString("kind").equals("circulation-reminder")
                                ? Duration.between(rs.getTimestamp("not_before").toInstant(), deadline)
                                        .toDays()
                                : 0))
                .list();
    }

    private static Map<String, String> expert(String name, String email) {
        return Map.of("name", name, "email", email);
    }

    private void assertRefused(ResultActions sent, String field, String rule) throws Exception {
        MockHttpServletResponse answer = sent.andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
        JsonNode violations = json.readTree(answer.getContentAsString()).get("violations");
        assertThat(violations.findValuesAsString("field"))
                .as(answer.getContentAsString())
                .contains(field);
        assertThat(violations.findValuesAsString("rule"))
                .as(answer.getContentAsString())
                .contains(rule);
    }
}
