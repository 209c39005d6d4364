package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import plenary.calendars.CalendarLinkForm;
import plenary.circulation.AmendmentDecisionForm;
import plenary.circulation.AmendmentForm;
import plenary.circulation.CirculationForm;
import plenary.circulation.CommentForm;
import plenary.circulation.SupportForm;
import plenary.directory.AccountForm;
import plenary.directory.ApiTokenForm;
import plenary.directory.CommitteeForm;
import plenary.directory.OrganisationForm;
import plenary.directory.PersonForm;
import plenary.drafting.MemorandumEdit;
import plenary.drafting.MemorandumForm;
import plenary.drafting.MoveForm;
import plenary.drafting.VersionForm;
import plenary.endorsement.DecisionForm;
import plenary.endorsement.EndorsementForm;
import plenary.endorsement.EndorsementRequestForm;
import plenary.endorsement.PublicationForm;
import plenary.endorsement.SubmissionForm;
import plenary.imports.ConfirmForm;
import plenary.institutions.InstitutionForm;
import plenary.meetings.InterventionForm;
import plenary.meetings.MeetingForm;
import plenary.meetings.NextTaskForm;
import plenary.meetings.ParticipantForm;
import plenary.meetings.ProposalForm;
import plenary.meetings.SessionForm;
import plenary.reports.DraftForm;
import plenary.reports.PublishForm;
import plenary.reports.ReportEdit;
import plenary.reports.ReviewForm;
import plenary.reports.SuggestionForm;
import plenary.studygroups.StudyGroupForm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's create and update endpoints as the application's request mappings declare them, with a valid body for
 * each request type, records of their own to name in paths and bodies, and the versions their updates must name.
 */
final class ApiUnderTest {

    private static final String PLACEHOLDER = "\"__hostile__\"";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final RequestPostProcessor who;
    private final Map<String, Integer> versions = new HashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private Fixture fixture;
    private long circulation;
    private int requests;

    ApiUnderTest(MockMvc mvc, ObjectMapper json, RequestPostProcessor who) {
        this.mvc = mvc;
        this.json = json;
        this.who = who;
    }

    Fixture fixture() {
        return fixture;
    }

    int requests() {
        return requests;
    }

    /** Keeps the version an accepted update answered, for the next update to name. */
    void remember(String url, JsonNode answer) {
        if (answer.has("version")) {
            versions.put(url, answer.get("version").asInt());
        }
    }

    JsonNode tree(String body) {
        return json.readTree(body);
    }

    String write(JsonNode body) {
        return json.writeValueAsString(body);
    }

    JsonNode string(String value) {
        return json.getNodeFactory().stringNode(value);
    }

    /** An endpoint that takes a body, as the request mappings declare it. */
    record Endpoint(HttpMethod method, String pattern, Class<?> bodyType) {}

    /** A valid body of one request record type, for a fixture, a sequence number and the version to name. */
    interface BaseBody {
        String json(Fixture f, int n, Integer version);
    }

    /** The records the endpoints' path variables and bodies name, made for this test. */
    record Fixture(
            long committee,
            long person,
            long group,
            long meeting,
            long session,
            long participant,
            long intervention,
            long proposal,
            long task,
            long institution,
            long account,
            long memorandum,
            long newMeetingsGroup) {

        /**
         * The group a new meeting goes to. The attacks create hundreds of meetings; in a group of their own they do
         * not weigh on each read of the fixture group's memorandum, which reads its group's meeting records.
         */
        long groupOfNewMeetings() {
            return newMeetingsGroup == 0 ? group : newMeetingsGroup;
        }

        long id(String collection) {
            return switch (collection) {
                case "committees" -> committee;
                case "people" -> person;
                case "study-groups" -> group;
                case "meetings" -> meeting;
                case "sessions" -> session;
                case "participants" -> participant;
                case "interventions" -> intervention;
                case "proposals" -> proposal;
                case "next-tasks" -> task;
                case "institutions" -> institution;
                case "accounts" -> account;
                case "memoranda" -> memorandum;
                default -> throw new AssertionError("No record of this test for /" + collection + "/{id}");
            };
        }
    }

    /** A valid body for every request record type an endpoint takes; a new endpoint's type must be added here. */
    static final Map<Class<?>, BaseBody> BASES = Map.ofEntries(
            // No draft of the fixture's: a confirmation's body is read and bounded, then finds no draft (404).
            Map.entry(ConfirmForm.class, (f, n, v) -> "{\"studyGroupId\":%d}".formatted(f.groupOfNewMeetings())),
            Map.entry(CommitteeForm.class, (f, n, v) -> """
                    {"name":"Hostile committee %s","acronym":"HC%s","kind":"MEMBER_COMMITTEE","country":"KR","version":%s}""".formatted(n, n, v)),
            Map.entry(PersonForm.class, (f, n, v) -> """
                    {"name":"Hostile Person %s","nationality":"KR","affiliation":"Institute %s","committeeId":%d,
                     "pronoun":"HE","email":"hostile%s@example.org","version":%s}""".formatted(n, n, f.committee(), n, v)),
            Map.entry(AccountForm.class, (f, n, v) -> """
                    {"username":"hostile-%s","password":"a long enough password %s","personId":null,
                     "roles":["PARTICIPANT"],"enabled":true,"version":%s}""".formatted(n, n, v)),
            Map.entry(ApiTokenForm.class, (f, n, v) ->
                    """
                    {"name":"Hostile token %s","scope":"READ","expiresOn":"%s"}""".formatted(n, LocalDate.now(ZoneOffset.UTC).plusDays(30))),
            Map.entry(CalendarLinkForm.class, (f, n, v) -> """
                    {"label":"Hostile calendar %s","studyGroupId":null}""".formatted(n)),
            Map.entry(OrganisationForm.class, (f, n, v) -> """
                    {"name":"Council for Security Cooperation in the Asia Pacific","acronym":"CSCAP","version":%s}""".formatted(v)),
            Map.entry(StudyGroupForm.class, (f, n, v) -> """
                    {"title":"Hostile study group %s","mandate":"To be attacked.","status":"PROPOSED","plannedMeetings":3,
                     "coChairIds":[],"rapporteurIds":[],"committeeIds":[%d],"version":%s}""".formatted(n, f.committee(), v)),
            Map.entry(MeetingForm.class, (f, n, v) ->
                    """
                    {"studyGroupId":%d,"ordinal":%d,"title":"Hostile meeting %s","startsOn":"2011-11-14","endsOn":"2011-11-15",
                     "city":"Vladivostok","country":"RU","hostCommitteeId":%d,"expertsCount":20,"committeesCount":9,
                     "attendanceQualifier":"MORE_THAN","includesOtherRegions":true,"attributionRule":"NONE",
                     "courtesy":"The Co-Chairs thanked the hosts.","speakerNoun":"EXPERT","sessionNumbering":"ROMAN",
                     "findings":"BULLETS","version":%s}""".formatted(v == null ? f.groupOfNewMeetings() : f.group(), n + 1, n, f.committee(), v)),
            Map.entry(SessionForm.class, (f, n, v) -> """
                    {"number":%d,"theme":"Theme %s","objectives":["Objective %s","Another %s"],"chairPersonId":%d,"version":%s}""".formatted(n + 1, n, n, n, f.person(), v)),
            Map.entry(ParticipantForm.class, (f, n, v) -> """
                    {"personId":%d,"capacity":"PARTICIPANT","version":%s}""".formatted(f.person(), v)),
            Map.entry(InterventionForm.class, (f, n, v) -> """
                    {"sessionId":%d,"kind":"PRESENTATION","summary":"Summary %s","paperTitle":"Paper %s","stance":"POSITIVE",
                     "subjects":{"institutionIds":[%d],"issueAreas":["SECURITY"]},"links":[],"version":%s}""".formatted(f.session(), n, n, f.institution(), v)),
            Map.entry(ProposalForm.class, (f, n, v) ->
                    """
                    {"text":"Proposal %s","interventionId":%d,
                     "positions":[{"stance":"SUPPORTS","interventionId":%d,"note":"Note %s"}],"institutionIds":[%d],"version":%s}""".formatted(n, f.intervention(), f.intervention(), n, f.institution(), v)),
            Map.entry(NextTaskForm.class, (f, n, v) -> """
                    {"description":"Task %s","owner":"The Co-Chairs","ownerPersonIds":[%d],"dueOn":"2012-01-31",
                     "dueNote":"the next Steering Committee","version":%s}""".formatted(n, f.person(), v)),
            Map.entry(InstitutionForm.class, (f, n, v) -> """
                    {"name":"Hostile Institution %s","acronym":"HI%s","aliases":["Alias %s"],"kind":"TALKS","status":"ACTIVE",
                     "foundedOn":"2003-08-27","issueAreas":["SECURITY"],"description":"Description %s","sourceIndex":0,
                     "sources":[{"citation":"Citation %s","url":"https://example.org/","checkedOn":"2026-11-30"}],
                     "members":[{"country":"KR","joinedOn":"2003-08-27","sourceIndex":0}],"relations":[],"version":%s}""".formatted(n, n, n, n, n, v)),
            Map.entry(DraftForm.class, (f, n, v) -> """
                    {"version":%s,"note":"Draft %s"}""".formatted(v, n)),
            Map.entry(ReportEdit.class, (f, n, v) -> """
                    {"version":%s,"title":"Report %s","subtitle":"Subtitle %s","headings":{},"paragraphs":{},"note":"Edit %s"}""".formatted(v, n, n, n)),
            Map.entry(PublishForm.class, (f, n, v) -> """
                    {"version":%s}""".formatted(v)),
            Map.entry(ReviewForm.class, (f, n, v) -> """
                    {"version":%s,"deadline":"2199-01-01T00:00:00Z"}""".formatted(v)),
            Map.entry(MemorandumForm.class, (f, n, v) -> """
                    {"studyGroupId":%d,"fromRecord":true,"title":"Memorandum %s"}""".formatted(f.group(), n)),
            Map.entry(
                    MemorandumEdit.class, (f, n, v) -> """
                    {"title":"Memorandum %s","preamble":"Preamble %s","version":%s,"sections":[{"key":"sec_1","heading":"Heading %s",
                     "paragraphs":[{"key":"para_2","text":"Paragraph %s","proposalIds":[%d],"institutionIds":[%d]},
                     {"key":"para_3","text":"Another %s","proposalIds":[],"institutionIds":[]}]}]}""".formatted(n, n, v, n, n, f.proposal(), f.institution(), n)),
            Map.entry(MoveForm.class, (f, n, v) -> """
                    {"key":"para_3","sectionKey":"sec_1","afterKey":null,"version":%s}""".formatted(v)),
            Map.entry(VersionForm.class, (f, n, v) -> """
                    {"note":"Version %s","version":%s}""".formatted(n, v)),
            Map.entry(CirculationForm.class, (f, n, v) -> """
                    {"version":1,"deadline":"2199-01-01T00:00:00Z","note":"Circulation %s","committeeIds":[%d],"personIds":[%d],
                     "outsiders":[{"name":"Outside Expert %s","email":"expert%s@example.org"}]}""".formatted(n, f.committee(), f.person(), n, n)),
            Map.entry(CommentForm.class, (f, n, v) -> """
                    {"paragraphKey":"para_2","replyTo":null,"text":"Comment %s","late":false}""".formatted(n)),
            Map.entry(AmendmentForm.class, (f, n, v) -> """
                    {"kind":"REPLACE","paragraphKey":"para_2","text":"Amended %s","rationale":"Because %s","late":false}""".formatted(n, n)),
            Map.entry(AmendmentDecisionForm.class, (f, n, v) -> """
                    {"decision":"REJECT","reason":"Reason %s","text":null}""".formatted(n)),
            Map.entry(SupportForm.class, (f, n, v) -> """
                    {"committeeId":%d,"current":false,"withdraw":false}""".formatted(f.committee())),
            Map.entry(EndorsementRequestForm.class, (f, n, v) -> """
                    {"versionNumber":1,"note":"Please endorse %s"}""".formatted(n)),
            Map.entry(EndorsementForm.class, (f, n, v) -> """
                    {"answer":"ENDORSES_WITH_RESERVATION","reservation":"Reserved %s","paragraphKey":"para_2"}""".formatted(n)),
            Map.entry(SubmissionForm.class, (f, n, v) -> """
                    {"meeting":"Steering Committee %s","place":"Kuala Lumpur","meetingOn":"2012-06-01"}""".formatted(n)),
            Map.entry(DecisionForm.class, (f, n, v) -> """
                    {"decision":"APPROVED_WITH_CHANGES","text":"Changes %s"}""".formatted(n)),
            Map.entry(PublicationForm.class, (f, n, v) -> """
                    {"publishedOn":"2012-07-01"}"""),
            Map.entry(SuggestionForm.class, (f, n, v) -> """
                    {"paragraph":"sec_1__para_1","text":"Suggested %s","rationale":"Because %s"}""".formatted(n, n)));

    List<Endpoint> endpoints(RequestMappingHandlerMapping mappings) {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Optional<MethodParameter> body = Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                    .findFirst();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    boolean writes = method == RequestMethod.POST
                            || method == RequestMethod.PUT
                            || method == RequestMethod.PATCH;
                    if (pattern.startsWith("/api/") && writes && body.isPresent()) {
                        endpoints.add(new Endpoint(
                                method.asHttpMethod(), pattern, body.get().getParameterType()));
                    }
                }
            }
        });
        // Publishing last, so that the report's other endpoints meet a report still open to them.
        endpoints.sort(Comparator.comparing((Endpoint e) -> e.pattern().endsWith("/publish"))
                .thenComparing(Endpoint::pattern)
                .thenComparing(e -> e.method().name()));
        return endpoints;
    }

    Fixture makeFixture() throws Exception {
        Fixture none = new Fixture(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        long committee = create("/api/committees", CommitteeForm.class, none);
        Fixture f = new Fixture(committee, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        long person = create("/api/people", PersonForm.class, f);
        long institution = create("/api/institutions", InstitutionForm.class, f);
        long account = create("/api/accounts", AccountForm.class, f);
        f = new Fixture(committee, person, 0, 0, 0, 0, 0, 0, 0, institution, account, 0, 0);
        long group = create("/api/study-groups", StudyGroupForm.class, f);
        f = new Fixture(committee, person, group, 0, 0, 0, 0, 0, 0, institution, account, 0, 0);
        long meeting = create("/api/meetings", MeetingForm.class, f);
        String m = "/api/meetings/" + meeting;
        f = new Fixture(committee, person, group, meeting, 0, 0, 0, 0, 0, institution, account, 0, 0);
        long session = create(m + "/sessions", SessionForm.class, f);
        long participant = create(m + "/participants", ParticipantForm.class, f);
        f = new Fixture(committee, person, group, meeting, session, participant, 0, 0, 0, institution, account, 0, 0);
        long intervention = create(m + "/interventions", InterventionForm.class, f);
        f = new Fixture(
                committee,
                person,
                group,
                meeting,
                session,
                participant,
                intervention,
                0,
                0,
                institution,
                account,
                0,
                0);
        long proposal = create(m + "/proposals", ProposalForm.class, f);
        long task = create(m + "/next-tasks", NextTaskForm.class, f);
        f = new Fixture(
                committee,
                person,
                group,
                meeting,
                session,
                participant,
                intervention,
                proposal,
                task,
                institution,
                account,
                0,
                0);
        long memorandum = memorandumOfTwoParagraphs(f);
        circulation = circulated(memorandum, f);
        fixture = new Fixture(
                committee,
                person,
                group,
                meeting,
                session,
                participant,
                intervention,
                proposal,
                task,
                institution,
                account,
                memorandum,
                create("/api/study-groups", StudyGroupForm.class, f));
        return fixture;
    }

    /** A memorandum of one section ("sec_1") of two paragraphs ("para_2", "para_3"), for moves to move. */
    private long memorandumOfTwoParagraphs(Fixture f) throws Exception {
        MockHttpServletResponse started = send(HttpMethod.POST, "/api/memoranda", """
                {"studyGroupId":%d,"fromRecord":false,"title":"Memorandum of the hostile group"}""".formatted(f.group()));
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(201);
        long id = json.readTree(started.getContentAsString()).get("id").asLong();
        String url = "/api/memoranda/" + id;
        MockHttpServletResponse written = send(
                HttpMethod.PUT,
                url,
                BASES.get(MemorandumEdit.class).json(f, next(), 1).replaceAll("\"key\":\"[a-z_0-9]+\",", ""));
        assertThat(written.getStatus()).as(written.getContentAsString()).isEqualTo(200);
        versions.put(
                url, json.readTree(written.getContentAsString()).get("version").asInt());
        return id;
    }

    /** The memorandum's text frozen as version 1 and circulated, for comments and amendments to answer. */
    private long circulated(long memorandum, Fixture f) throws Exception {
        String url = "/api/memoranda/" + memorandum;
        MockHttpServletResponse frozen = send(
                HttpMethod.POST, url + "/versions", BASES.get(VersionForm.class).json(f, next(), versions.get(url)));
        assertThat(frozen.getStatus()).as(frozen.getContentAsString()).isEqualTo(201);
        MockHttpServletResponse sent = send(
                HttpMethod.POST,
                url + "/circulations",
                BASES.get(CirculationForm.class).json(f, next(), null));
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(201);
        return json.readTree(sent.getContentAsString()).get("id").asLong();
    }

    /** Where a circulation endpoint's effects read back: the circulation it answers (or created). */
    String circulationUrl(String url, JsonNode answer) {
        String circulations = "/api/memoranda/" + fixture.memorandum() + "/circulations";
        return url.equals(circulations) && answer.has("id")
                ? circulations + "/" + answer.get("id").asLong()
                : circulations + "/" + circulation;
    }

    private long create(String collection, Class<?> type, Fixture f) throws Exception {
        MockHttpServletResponse response =
                send(HttpMethod.POST, collection, BASES.get(type).json(f, next(), null));
        assertThat(response.getStatus())
                .as("POST " + collection + ": " + response.getContentAsString())
                .isEqualTo(201);
        JsonNode created = json.readTree(response.getContentAsString());
        versions.put(
                collection + "/" + created.get("id").asLong(),
                created.get("version").asInt());
        return created.get("id").asLong();
    }

    List<JsonNode> readBack(Endpoint endpoint, String url, JsonNode answer) throws Exception {
        if (url.contains("/report")) {
            String report = "/api/meetings/" + fixture.meeting() + "/report";
            JsonNode state = read(report + "/state");
            return List.of(
                    state,
                    read(report + "/versions/" + state.get("latestVersion").asInt()));
        }
        if (url.contains("/circulations")) {
            return List.of(read(circulationUrl(url, answer)));
        }
        if (url.equals("/api/account/tokens") || url.equals("/api/account/calendars")) {
            return List.of(read(url));
        }
        if (url.startsWith("/api/memoranda/")) {
            return List.of(
                    read("/api/memoranda/" + fixture.memorandum()),
                    read("/api/memoranda/" + fixture.memorandum() + "/endorsement"));
        }
        if (url.startsWith("/api/meetings/") && url.split("/").length > 4) {
            return List.of(read("/api/meetings/" + fixture.meeting()));
        }
        return List.of(read(
                endpoint.method() == HttpMethod.POST
                        ? url + "/" + answer.get("id").asLong()
                        : url));
    }

    String base(Endpoint endpoint, String url) throws Exception {
        Integer version = null;
        if (url.contains("/report")) {
            MockHttpServletResponse state =
                    send(HttpMethod.GET, "/api/meetings/" + fixture.meeting() + "/report/state", (String) null);
            version = state.getStatus() == 200
                    ? json.readTree(state.getContentAsString())
                            .get("latestVersion")
                            .asInt()
                    : null;
        } else if (url.startsWith("/api/memoranda/")) {
            version = read("/api/memoranda/" + fixture.memorandum())
                    .get("version")
                    .asInt();
        } else if (url.equals("/api/organisation")) {
            version = read(url).get("version").asInt();
        } else if (endpoint.method() != HttpMethod.POST) {
            version = versions.get(url);
        }
        return BASES.get(endpoint.bodyType()).json(fixture, next(), version);
    }

    String raw(Endpoint endpoint, String url, List<String> path, String value) throws Exception {
        JsonNode body = json.readTree(base(endpoint, url));
        set(body, path, json.getNodeFactory().stringNode("__hostile__"));
        return json.writeValueAsString(body).replace(PLACEHOLDER, value);
    }

    String url(String pattern) {
        Matcher variables = Pattern.compile("/([a-z-]+)/\\{(\\w+)}").matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (variables.find()) {
            // No amendment of the fixture's: the API's own user may decide none, so a decision is refused (404)
            // once its body has passed its bounds.
            long id = variables.group(2).equals("meetingId")
                    ? fixture.meeting()
                    : variables.group(2).equals("circulationId")
                            ? circulation
                            : variables.group(2).equals("amendmentId")
                                            || variables.group(1).equals("imports")
                                    ? 0
                                    : fixture.id(variables.group(1));
            variables.appendReplacement(url, "/" + variables.group(1) + "/" + id);
        }
        variables.appendTail(url);
        assertThat(url.toString()).as("path variables of " + pattern).doesNotContain("{");
        return url.toString();
    }

    JsonNode read(String url) throws Exception {
        MockHttpServletResponse response = send(HttpMethod.GET, url, (String) null);
        assertThat(response.getStatus()).as("GET " + url).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    MockHttpServletResponse send(HttpMethod method, String url, String body) throws Exception {
        return send(method, url, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    MockHttpServletResponse send(HttpMethod method, String url, byte[] body) throws Exception {
        requests++;
        var request = MockMvcRequestBuilders.request(method, url).with(who);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (ServletException e) {
            // What a servlet container would answer 500.
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            failed.getWriter().write(String.valueOf(e.getRootCause() == null ? e : e.getRootCause()));
            return failed;
        }
    }

    private int next() {
        return Math.abs((tag.hashCode() % 100_000) * 1000) + sequence.incrementAndGet();
    }

    /** Calls back with the path and node of every leaf value of the tree. */
    static void leaves(JsonNode node, List<String> path, BiConsumer<List<String>, JsonNode> leaf) {
        if (node.isObject()) {
            node.properties().forEach(p -> leaves(p.getValue(), append(path, p.getKey()), leaf));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), append(path, String.valueOf(i)), leaf);
            }
        } else {
            leaf.accept(path, node);
        }
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    static void set(JsonNode root, List<String> path, JsonNode value) {
        JsonNode parent = root;
        for (String segment : path.subList(0, path.size() - 1)) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(segment)) : parent.get(segment);
        }
        String last = path.get(path.size() - 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** The declared type at a path of a request record: record components, list and set elements, map values. */
    static Type typeAt(Type type, List<String> path) {
        for (String segment : path) {
            if (type instanceof ParameterizedType p) {
                Type[] arguments = p.getActualTypeArguments();
                type = arguments[arguments.length - 1];
            } else if (type instanceof Class<?> c && c.isRecord()) {
                type = Arrays.stream(c.getRecordComponents())
                        .filter(rc -> rc.getName().equals(segment))
                        .map(RecordComponent::getGenericType)
                        .findFirst()
                        .orElse(Object.class);
            } else {
                return Object.class;
            }
        }
        return type;
    }

    /**
     * The JSON with everything beyond ASCII escaped, as a client may send it: an unpaired surrogate then reaches the
     * server as such, where encoding the text as UTF-8 here would have replaced it.
     */
    static String ascii(String json) {
        StringBuilder out = new StringBuilder(json.length());
        json.chars().forEach(c -> out.append(c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
