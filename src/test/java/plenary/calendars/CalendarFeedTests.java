package plenary.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.StatementCount;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Role;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.ParticipantForm;
import plenary.meetings.ParticipantRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Subjects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The calendar feeds, read back with ical4j: a reader's study group (a co-chair, the reader, a second participant
 * and a committee), three meetings, two reviews and two circulations, of which the reader's feed holds exactly the
 * reader's; a second group the reader takes no part in; links revoked and unknown; the public feed.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedTests {

    /**
     * The most statements a feed runs: its link, the account and its roles, the study groups, the person, the
     * meetings attended and their groups, the groups' meetings, the open reviews, the circulations, the endorsements
     * owed and the memoranda (two), and no more however much the record holds.
     */
    private static final int FEED_STATEMENTS = 14;

    private static final Instant REVIEW_DEADLINE = Instant.parse("2031-03-20T17:00:00Z");
    private static final Instant OTHER_REVIEW_DEADLINE = Instant.parse("2031-03-27T17:00:00Z");
    private static final Instant CIRCULATION_DEADLINE = Instant.parse("2031-04-15T12:30:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingRecords meetings;

    @Autowired
    ParticipantRecords participants;

    @Autowired
    SessionRecords sessions;

    @Autowired
    InterventionRecords interventions;

    JsonApi api;
    String tag;
    String title;
    Signed coChair;
    Signed reader;
    Signed other;
    long committee;
    long group;
    long otherGroup;
    long first;
    long second;
    long third;
    long elsewhere;
    long firstReview;
    long secondReview;
    long memorandum;
    long readersCirculation;
    long othersCirculation;
    long endorsementRound;

    @BeforeAll
    void record() throws Exception {
        api = new JsonApi(mvc, json);
        tag = System.nanoTime() % 1_000_000 + "";
        title = "Study Group on Calendars " + tag;
        coChair = accounts.account(Role.CO_CHAIR);
        committee = created(
                "/api/committees",
                Map.of(
                        "name",
                        "Calendar Committee " + tag,
                        "acronym",
                        "CAL" + tag,
                        "kind",
                        "MEMBER_COMMITTEE",
                        "country",
                        "KR"));
        reader = accounts.account(Role.COMMITTEE_REPRESENTATIVE, person("Reader " + tag));
        other = accounts.account(Role.PARTICIPANT, person("Other " + tag));
        group = studyGroup(title, List.of(committee));
        otherGroup = studyGroup("Study Group on Other Things " + tag, List.of());
        first = meeting(group, 1, "Energy Security Workshop", LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 12));
        second = meeting(group, 2, null, LocalDate.of(2031, 6, 2), null);
        third = meeting(group, 3, null, LocalDate.of(2031, 9, 15), LocalDate.of(2031, 9, 16));
        elsewhere = meeting(otherGroup, 1, null, LocalDate.of(2031, 5, 5), null);
        joins(first, reader);
        joins(second, other);
        joins(elsewhere, reader);
        firstReview = review(first, REVIEW_DEADLINE);
        secondReview = review(second, OTHER_REVIEW_DEADLINE);
        draft(third);
        api.post("/api/meetings/" + third + "/report/publish", coChair.basic(), "{\"version\":1}")
                .andExpect(status().is2xxSuccessful());
        memorandum();
        readersCirculation = circulate(List.of(reader.person().id().value()), CIRCULATION_DEADLINE);
        othersCirculation = circulate(List.of(other.person().id().value()), CIRCULATION_DEADLINE.plusSeconds(3600));
        api.post(
                        "/api/memoranda/" + memorandum + "/endorsement-requests",
                        coChair.basic(),
                        "{\"versionNumber\":1,\"note\":\"Please endorse.\"}")
                .andExpect(status().is2xxSuccessful());
        endorsementRound = jdbc.sql("SELECT MAX(id) FROM endorsement_round WHERE memorandum_id = ?")
                .param(memorandum)
                .query(Long.class)
                .single();
    }

    @Test
    void aPersonsFeedHoldsTheirMeetingsReviewsAndCirculationsAndNothingOfAnothers() throws Exception {
        String url = link(reader, "{\"label\":\"All my work\"}");

        MvcResult answer = mvc.perform(get(path(url)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andReturn();
        Map<String, VEvent> events = events(answer);

        // The reader co-chairs nothing but took part in the first meeting and the other group's, and represents the
        // committee: every meeting of both groups, the first meeting's review, the circulation sent to them, and the
        // endorsement their committee owes.
        assertThat(events.keySet())
                .containsExactlyInAnyOrder(
                        "meeting-" + first + "@plenary",
                        "meeting-" + second + "@plenary",
                        "meeting-" + third + "@plenary",
                        "meeting-" + elsewhere + "@plenary",
                        "review-" + firstReview + "@plenary",
                        "circulation-" + readersCirculation + "@plenary",
                        "endorsement-" + endorsementRound + "@plenary");
        VEvent workshop = events.get("meeting-" + first + "@plenary");
        assertThat(value(workshop, "SUMMARY"))
                .isEqualTo("Energy Security Workshop (the first meeting of Study Group on Calendars " + tag + ")");
        assertThat(value(workshop, "DTSTART")).isEqualTo("20310310");
        assertThat(value(workshop, "DTEND")).isEqualTo("20310313");
        assertThat(value(workshop, "LOCATION")).isEqualTo("Vladivostok, Russia");
        assertThat(value(workshop, "URL")).isEqualTo("http://localhost/meetings/" + first);
        assertThat(value(workshop, "DTSTAMP")).endsWith("Z");
        VEvent secondMeeting = events.get("meeting-" + second + "@plenary");
        assertThat(value(secondMeeting, "SUMMARY")).isEqualTo("The second meeting of Study Group on Calendars " + tag);
        assertThat(value(secondMeeting, "DTSTART")).isEqualTo("20310602");
        assertThat(value(secondMeeting, "DTEND")).isEqualTo("20310603");
        VEvent review = events.get("review-" + firstReview + "@plenary");
        assertThat(value(review, "SUMMARY"))
                .isEqualTo("Suggestions due: report of the first meeting of Study Group on Calendars " + tag);
        assertThat(value(review, "DTSTART")).isEqualTo("20310320T170000Z");
        assertThat(value(review, "URL")).isEqualTo("http://localhost/meetings/" + first + "/report");
        VEvent circulation = events.get("circulation-" + readersCirculation + "@plenary");
        assertThat(value(circulation, "SUMMARY"))
                .isEqualTo("Comments due: memorandum of Study Group on Calendars " + tag + ", version 1");
        assertThat(value(circulation, "DTSTART")).isEqualTo("20310415T123000Z");
        assertThat(value(circulation, "URL"))
                .isEqualTo("http://localhost/memoranda/" + memorandum + "/circulations/" + readersCirculation);
        VEvent endorsement = events.get("endorsement-" + endorsementRound + "@plenary");
        assertThat(value(endorsement, "SUMMARY"))
                .isEqualTo("Endorsement due: memorandum of Study Group on Calendars " + tag + ", version 1");
        assertThat(value(endorsement, "DTSTART")).endsWith("Z");
        assertThat(value(endorsement, "URL")).isEqualTo("http://localhost/memoranda/" + memorandum + "/endorsement");
    }

    @Test
    void aStudyGroupsLinkHoldsOnlyThatGroupsWork() throws Exception {
        String url = link(reader, "{\"label\":\"The other group\",\"studyGroupId\":" + otherGroup + "}");

        Map<String, VEvent> events =
                events(mvc.perform(get(path(url))).andExpect(status().isOk()).andReturn());

        assertThat(events.keySet()).containsExactly("meeting-" + elsewhere + "@plenary");
    }

    @Test
    void theSecondPersonsFeedHoldsTheirOwnDeadlines() throws Exception {
        String url = link(other, "{\"label\":\"Mine\",\"studyGroupId\":" + group + "}");

        Map<String, VEvent> events =
                events(mvc.perform(get(path(url))).andExpect(status().isOk()).andReturn());

        assertThat(events.keySet())
                .containsExactlyInAnyOrder(
                        "meeting-" + first + "@plenary",
                        "meeting-" + second + "@plenary",
                        "meeting-" + third + "@plenary",
                        "review-" + secondReview + "@plenary",
                        "circulation-" + othersCirculation + "@plenary");
    }

    @Test
    void anUnchangedFeedAnswersNotModified() throws Exception {
        String feed = path(link(reader, "{\"label\":\"Cached\"}"));
        String etag = mvc.perform(get(feed)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get(feed).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
    }

    @Test
    void aRevokedLinkAndAnUnknownOneAreNotFoundAndSayNothing() throws Exception {
        JsonNode made = api.created("/api/account/calendars", reader.basic(), "{\"label\":\"To revoke\"}");
        String feed = path(made.get("url").asString());
        mvc.perform(get(feed)).andExpect(status().isOk());

        api.delete("/api/account/calendars/" + made.get("link").get("id").asLong(), reader.basic())
                .andExpect(status().isNoContent());

        mvc.perform(get(feed))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
        mvc.perform(get("/calendars/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
        mvc.perform(get("/calendars/nonsense.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aLinkOfADisabledAccountIsNotFound() throws Exception {
        Signed leaving = accounts.account(Role.PARTICIPANT);
        String feed = path(link(leaving, "{\"label\":\"Before leaving\"}"));
        Map<String, Object> account = jdbc.sql("SELECT id, version FROM account WHERE username = ?")
                .param(leaving.username())
                .query()
                .singleRow();
        api.changed(
                "/api/accounts/" + account.get("id"),
                TestAccounts.admin(),
                json.writeValueAsString(Map.of(
                        "username", leaving.username(),
                        "personId", leaving.person().id().value(),
                        "roles", List.of("PARTICIPANT"),
                        "enabled", false,
                        "version", account.get("version"))));

        mvc.perform(get(feed)).andExpect(status().isNotFound());
    }

    @Test
    void theFeedIsReadInTheSameStatementsWhateverItHolds() throws Exception {
        // A committee of its own: the other tests' reader takes no part in this group.
        long counting = created(
                "/api/committees",
                Map.of(
                        "name",
                        "Counting Committee " + tag,
                        "acronym",
                        "CNT" + tag,
                        "kind",
                        "MEMBER_COMMITTEE",
                        "country",
                        "KR"));
        Signed counted = accounts.account(Role.COMMITTEE_REPRESENTATIVE, person("Counted " + tag, counting));
        long small = studyGroup("Study Group on Counting " + tag, List.of(counting));
        attendedAndReviewed(small, 1, counted);
        String feed = path(link(counted, "{\"label\":\"Counted\"}"));
        // The first read records the link's use; the counted ones, within the minute, do not.
        mvc.perform(get(feed)).andExpect(status().isOk());
        int before = StatementCount.of(() -> mvc.perform(get(feed)).andExpect(status().isOk()))
                .count();

        attendedAndReviewed(small, 2, counted);
        attendedAndReviewed(small, 3, counted);
        int after = StatementCount.of(() -> mvc.perform(get(feed)).andExpect(status().isOk()))
                .count();

        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(FEED_STATEMENTS);
    }

    private void attendedAndReviewed(long studyGroup, int ordinal, Signed who) throws Exception {
        long meeting = meeting(studyGroup, ordinal, null, LocalDate.of(2032, ordinal, 1), null);
        joins(meeting, who);
        review(meeting, REVIEW_DEADLINE.plusSeconds(ordinal));
    }

    @Test
    void thePublicFeedHoldsOnlyPublishedMeetingsDatesAndPlaces() throws Exception {
        Map<String, VEvent> events = events(mvc.perform(get("/study-groups/" + group + "/calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
                .andReturn());

        assertThat(events.keySet()).containsExactly("meeting-" + third + "@plenary");
        VEvent published = events.get("meeting-" + third + "@plenary");
        assertThat(value(published, "SUMMARY")).isEqualTo("The third meeting of Study Group on Calendars " + tag);
        assertThat(value(published, "DTSTART")).isEqualTo("20310915");
        assertThat(value(published, "DTEND")).isEqualTo("20310917");
        assertThat(value(published, "LOCATION")).isEqualTo("Vladivostok, Russia");
        assertThat(value(published, "URL")).isEqualTo("http://localhost/reports/" + third);
        mvc.perform(get("/study-groups/0/calendar.ics")).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsStored() throws Exception {
        Signed someone = accounts.account(Role.PARTICIPANT);

        api.post("/api/account/calendars", someone.basic(), "{\"label\":\"Lost\",\"studyGroupId\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[?(@.field=='studyGroupId' && @.rule=='exists')]")
                        .exists());
        api.post("/api/account/calendars", someone.basic(), "{\"label\":\"" + "x".repeat(101) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='label' && @.rule=='max-length')]")
                        .exists());
        api.post("/api/account/calendars", someone.basic(), "{\"label\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='label' && @.rule=='required')]")
                        .exists());

        assertThat(api.read(api.get("/api/account/calendars", someone.basic())).size())
                .isZero();
    }

    @Test
    void thePageShowsTheMessageBesideTheFieldAndANewLinkOnce() throws Exception {
        Signed someone = accounts.account(Role.PARTICIPANT);

        String refused = mvc.perform(post("/account/calendars")
                        .with(someone.basic())
                        .with(csrf())
                        .param("label", "")
                        .param("studyGroupId", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("<span class=\"field-error\" id=\"label-error\" role=\"alert\">Label: must be given");

        String made = mvc.perform(post("/account/calendars")
                        .with(someone.basic())
                        .with(csrf())
                        .param("label", "On my phone")
                        .param("studyGroupId", String.valueOf(group)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(made).contains("http://localhost/calendars/").contains(".ics</code>");

        String listed = mvc.perform(get("/account/calendars").with(someone.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).contains("On my phone").contains(title).doesNotContain(".ics</code>");
    }

    private String link(Signed who, String body) throws Exception {
        return api.created("/api/account/calendars", who.basic(), body)
                .get("url")
                .asString();
    }

    private static String path(String url) {
        assertThat(url).startsWith("http://localhost/calendars/").endsWith(".ics");
        return url.substring("http://localhost".length());
    }

    private static Map<String, VEvent> events(MvcResult answer) throws Exception {
        Calendar calendar = new CalendarBuilder()
                .build(new StringReader(answer.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        Map<String, VEvent> events = new TreeMap<>();
        for (VEvent event : calendar.<VEvent>getComponents()) {
            events.put(value(event, "UID"), event);
        }
        return events;
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    private long created(String path, Map<String, Object> body) throws Exception {
        return api.created(path, TestAccounts.admin(), json.writeValueAsString(body))
                .get("id")
                .asLong();
    }

    private PersonView person(String name) throws Exception {
        return person(name, committee);
    }

    private PersonView person(String name, long committeeId) throws Exception {
        long id = created(
                "/api/people",
                Map.of(
                        "name",
                        name,
                        "nationality",
                        "KR",
                        "affiliation",
                        "Institute",
                        "committeeId",
                        committee,
                        "pronoun",
                        "SHE",
                        "email",
                        name.toLowerCase().replace(' ', '.') + "@example.org"));
        return directory.person(new PersonId(id)).orElseThrow();
    }

    private long studyGroup(String name, List<Long> committees) throws Exception {
        return created(
                "/api/study-groups",
                Map.of(
                        "title",
                        name,
                        "status",
                        "ACTIVE",
                        "coChairIds",
                        List.of(coChair.person().id().value()),
                        "rapporteurIds",
                        List.of(),
                        "committeeIds",
                        committees));
    }

    private long meeting(long studyGroup, int ordinal, String name, LocalDate from, LocalDate until) {
        return CurrentAccount.asSystem(() -> {
            long meeting = meetings.create(new MeetingForm(
                            studyGroup,
                            ordinal,
                            name,
                            from,
                            until,
                            "Vladivostok",
                            Nationality.RU,
                            null,
                            20,
                            9,
                            AttendanceQualifier.MORE_THAN,
                            true,
                            AttributionRule.NONE,
                            null))
                    .id()
                    .value();
            participants.create(
                    new MeetingId(meeting),
                    new ParticipantForm(coChair.person().id().value(), Capacity.PRESENTER, null));
            long session = sessions.create(
                            new MeetingId(meeting),
                            new SessionForm(1, "Energy", List.of("reviewed energy cooperation"), null, null))
                    .id();
            interventions.create(
                    new MeetingId(meeting),
                    new InterventionForm(
                            session,
                            null,
                            coChair.person().id().value(),
                            InterventionKind.ASSESSMENT,
                            "assessed the pipeline as a useful project.",
                            null,
                            null,
                            Subjects.none(),
                            List.of(),
                            null,
                            null));
            return meeting;
        });
    }

    private void joins(long meeting, Signed who) {
        CurrentAccount.asSystem(() -> participants.create(
                new MeetingId(meeting), new ParticipantForm(who.person().id().value(), Capacity.PARTICIPANT, null)));
    }

    private void draft(long meeting) throws Exception {
        api.created("/api/meetings/" + meeting + "/report/draft", coChair.basic(), "{}");
    }

    private long review(long meeting, Instant deadline) throws Exception {
        draft(meeting);
        api.post(
                        "/api/meetings/" + meeting + "/report/review",
                        coChair.basic(),
                        json.writeValueAsString(Map.of("version", 1, "deadline", deadline.toString())))
                .andExpect(status().is2xxSuccessful());
        return jdbc.sql("SELECT MAX(v.id) FROM report_review v JOIN report r ON r.id = v.report_id "
                        + "WHERE r.meeting_id = ?")
                .param(meeting)
                .query(Long.class)
                .single();
    }

    private void memorandum() throws Exception {
        memorandum = api.created(
                        "/api/memoranda",
                        coChair.basic(),
                        json.writeValueAsString(
                                Map.of("studyGroupId", group, "fromRecord", false, "title", "Memorandum " + tag)))
                .get("id")
                .asLong();
        JsonNode saved = api.changed(
                "/api/memoranda/" + memorandum,
                coChair.basic(),
                json.writeValueAsString(Map.of(
                        "title",
                        "Memorandum " + tag,
                        "preamble",
                        "The Study Group met three times.",
                        "version",
                        1,
                        "sections",
                        List.of(Map.of(
                                "heading", "Energy", "paragraphs", List.of(Map.of("text", "Build the pipeline.")))))));
        api.created(
                "/api/memoranda/" + memorandum + "/versions",
                coChair.basic(),
                json.writeValueAsString(Map.of(
                        "note",
                        "For circulation",
                        "version",
                        saved.get("version").asInt())));
    }

    private long circulate(List<Long> people, Instant deadline) throws Exception {
        return api.created(
                        "/api/memoranda/" + memorandum + "/circulations",
                        coChair.basic(),
                        json.writeValueAsString(Map.of(
                                "version",
                                1,
                                "deadline",
                                deadline.toString(),
                                "note",
                                "Your comments, please.",
                                "committeeIds",
                                List.of(),
                                "personIds",
                                people,
                                "outsiders",
                                List.of())))
                .get("id")
                .asLong();
    }
}
