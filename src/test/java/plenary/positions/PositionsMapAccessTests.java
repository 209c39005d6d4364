package plenary.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static plenary.TestAccounts.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.CommitteeView;
import plenary.directory.Nationality;
import plenary.directory.PersonView;
import plenary.directory.Role;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.PositionForm;
import plenary.meetings.PositionStance;
import plenary.meetings.Stance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The positions map under each attribution rule, for each kind of reader: those who were at the meeting and those
 * who keep the group's record see names; a steering committee member and another group's co-chair see the holders
 * and speakers as the rule describes them, and no name, affiliation or committee the rule withholds, in the JSON
 * and on the pages alike.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PositionsMapAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PositionsWorld world;

    JsonApi api;
    CommitteeView russia;
    CommitteeView china;
    PersonView speaker;
    PersonView holder;
    Signed coChair;
    Signed member;
    Signed steering;
    Signed otherCoChair;
    long institution;
    final Map<AttributionRule, Long> groups = new LinkedHashMap<>();
    final Map<AttributionRule, Long> proposals = new LinkedHashMap<>();

    @BeforeAll
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        russia = world.committee("Russian National Committee", "CSCAP-RU", Nationality.RU);
        china = world.committee("Chinese National Committee", "CSCAP-CN", Nationality.CN);
        speaker = world.person("Stanislav Beloretsky", Nationality.RU, "Primorye Institute", russia);
        holder = world.person("Zhou Mingyuan", Nationality.CN, "Dalian Academy", china);
        coChair = accounts.account(Role.CO_CHAIR);
        member = accounts.account(Role.PARTICIPANT);
        steering = accounts.account(Role.STEERING_COMMITTEE_MEMBER);
        otherCoChair = accounts.account(Role.CO_CHAIR);
        world.group(api, List.of(otherCoChair.person().id().value()));
        institution = world.institution(api, "Tumen River Forum");
        for (AttributionRule rule : AttributionRule.values()) {
            long group = world.group(api, List.of(coChair.person().id().value()));
            groups.put(rule, group);
            proposals.put(rule, pipelineMeeting(group, rule));
        }
    }

    /**
     * A meeting where the Russian speaker doubts the forum and proposes a link; the Chinese holder opposes it, and
     * the speaker supports it in that intervention. The member was there.
     */
    long pipelineMeeting(long group, AttributionRule rule) {
        long meeting = world.meeting(group, 1, rule);
        world.attend(meeting, speaker, Capacity.PRESENTER);
        world.attend(meeting, holder, Capacity.DISCUSSANT);
        world.attend(meeting, member.person(), Capacity.PARTICIPANT);
        long session = world.session(meeting);
        long doubt = world.say(
                meeting,
                session,
                speaker,
                InterventionKind.ASSESSMENT,
                "questioned the utility of the forum and proposed to link the pipeline issue to it.",
                Stance.NEGATIVE,
                List.of(institution));
        return world.propose(
                meeting,
                "link the pipeline issue and the denuclearization processes",
                doubt,
                new PositionForm(PositionStance.OPPOSES, holder.id().value(), null, "not a hostage"),
                new PositionForm(PositionStance.SUPPORTS, null, doubt, null));
    }

    Map<String, RequestPostProcessor> readers() {
        Map<String, RequestPostProcessor> readers = new LinkedHashMap<>();
        readers.put("member of the group, at the meeting", member.basic());
        readers.put("co-chair", coChair.basic());
        readers.put("secretariat", admin());
        readers.put("steering committee member", steering.basic());
        readers.put("co-chair of another group", otherCoChair.basic());
        return readers;
    }

    static boolean seesNames(AttributionRule rule, String reader) {
        return rule == AttributionRule.NAMED
                || List.of("member of the group, at the meeting", "co-chair", "secretariat")
                        .contains(reader);
    }

    String describedSpeaker(AttributionRule rule) {
        return switch (rule) {
            case NAMED -> speaker.name();
            case NONE -> "a participant";
            case BY_NATIONALITY -> "a Russian participant";
            case BY_COMMITTEE -> "a participant from " + russia.acronym();
        };
    }

    String describedHolder(AttributionRule rule) {
        return switch (rule) {
            case NAMED -> holder.name();
            case NONE -> "a participant";
            case BY_NATIONALITY -> "a Chinese participant";
            case BY_COMMITTEE -> "a participant from " + china.acronym();
        };
    }

    @ParameterizedTest
    @EnumSource(AttributionRule.class)
    void eachReaderSeesTheHoldersAsTheRuleLetsThem(AttributionRule rule) throws Exception {
        long group = groups.get(rule);
        long proposal = proposals.get(rule);
        for (Map.Entry<String, RequestPostProcessor> reader : readers().entrySet()) {
            boolean named = seesNames(rule, reader.getKey());
            String speakerIs = named ? speaker.name() : describedSpeaker(rule);
            String holderIs = named ? holder.name() : describedHolder(rule);
            String as = rule + " as " + reader.getKey();

            JsonNode map = read("/api/study-groups/" + group + "/positions", reader.getValue());
            JsonNode line = map.at("/proposals/0");
            assertThat(line.get("proposalId").asLong()).as(as).isEqualTo(proposal);
            assertThat(line.at("/byMeeting/0/positions/0/holder").asString())
                    .as(as)
                    .isEqualTo(holderIs);
            assertThat(line.at("/byMeeting/0/positions/0/stance").asString())
                    .as(as)
                    .isEqualTo("OPPOSES");
            assertThat(line.at("/byMeeting/0/positions/0/note").asString())
                    .as(as)
                    .isEqualTo("not a hostage");
            assertThat(line.at("/byMeeting/0/positions/1/holder").asString())
                    .as(as)
                    .isEqualTo(speakerIs);
            assertThat(map.at("/institutions/0/negative/0/speaker").asString())
                    .as(as)
                    .isEqualTo(speakerIs);

            JsonNode one = read("/api/proposals/" + proposal + "/positions", reader.getValue());
            assertThat(one.at("/byMeeting/0/positions/0/holder").asString())
                    .as(as)
                    .isEqualTo(holderIs);

            String groupPage = page("/study-groups/" + group + "/positions", reader.getValue());
            String proposalPage = page("/proposals/" + proposal + "/positions", reader.getValue());
            assertThat(groupPage).as(as).contains(holderIs).contains(speakerIs).contains(">opposes<");
            assertThat(proposalPage).as(as).contains(holderIs).contains(">supports<");
            if (!named) {
                for (String text : List.of(map.toString(), one.toString(), groupPage, proposalPage)) {
                    assertNothingIdentifies(text, rule, as);
                }
            }
        }
    }

    @Test
    void aPositionTakenAtALaterMeetingIsShownUnderItsRule() throws Exception {
        long group = world.group(api, List.of(coChair.person().id().value()));
        long first = world.meeting(group, 1, AttributionRule.NAMED);
        world.attend(first, speaker, Capacity.PRESENTER);
        long later = world.meeting(group, 2, AttributionRule.NONE);
        world.attend(later, holder, Capacity.DISCUSSANT);
        long put = world.say(
                first, world.session(first), speaker, InterventionKind.PROPOSAL, "proposed a link.", null, List.of());
        long answer = world.say(
                later,
                world.session(later),
                holder,
                InterventionKind.ARGUMENT,
                "argued against the link.",
                null,
                List.of());
        long proposal = world.propose(
                first,
                "link the pipeline issue",
                put,
                new PositionForm(PositionStance.OPPOSES, holder.id().value(), answer, "not a hostage"));

        JsonNode outside = read("/api/proposals/" + proposal + "/positions", steering.basic());
        assertThat(outside.at("/putForwardAt/ordinal").asInt()).isEqualTo(1);
        assertThat(outside.get("byMeeting")).hasSize(1);
        assertThat(outside.at("/byMeeting/0/meeting/ordinal").asInt()).isEqualTo(2);
        assertThat(outside.at("/byMeeting/0/meeting/attributionRule").asString())
                .isEqualTo("NONE");
        assertThat(outside.at("/byMeeting/0/positions/0/holder").asString()).isEqualTo("a participant");
        assertNothingIdentifies(outside.toString(), AttributionRule.NONE, "later meeting as steering");
        assertThat(page("/proposals/" + proposal + "/positions", steering.basic()))
                .doesNotContain(holder.name());

        JsonNode inside = read("/api/proposals/" + proposal + "/positions", coChair.basic());
        assertThat(inside.at("/byMeeting/0/positions/0/holder").asString()).isEqualTo(holder.name());
    }

    @Test
    void theEarlierMeetingsRecordDescribesAPositionTakenLaterUnderTheLaterMeetingsRule() throws Exception {
        long group = world.group(api, List.of(coChair.person().id().value()));
        long first = world.meeting(group, 1, AttributionRule.NAMED);
        world.attend(first, speaker, Capacity.PRESENTER);
        long later = world.meeting(group, 2, AttributionRule.NONE);
        world.attend(later, holder, Capacity.DISCUSSANT);
        long put = world.say(
                first, world.session(first), speaker, InterventionKind.PROPOSAL, "proposed a link.", null, List.of());
        long answer = world.say(
                later, world.session(later), holder, InterventionKind.ARGUMENT, "argued against it.", null, List.of());
        world.propose(
                first,
                "link the pipeline issue",
                put,
                new PositionForm(PositionStance.OPPOSES, holder.id().value(), answer, "not a hostage"));

        // The first meeting is named, so its record names its own speaker, but the position was taken at the
        // second, whose rule names no one: there the holder is "a participant", in the record and on the page.
        JsonNode outside = read("/api/meetings/" + first, steering.basic());
        assertThat(outside.at("/proposals/0/positions/0/holder").asString()).isEqualTo("a participant");
        assertThat(outside.at("/proposals/0/positions/0/personId").isMissingNode()
                        || outside.at("/proposals/0/positions/0/personId").isNull())
                .isTrue();
        assertThat(outside.toString()).contains(speaker.name()).doesNotContain(holder.name());
        assertThat(page("/meetings/" + first, steering.basic())).doesNotContain(holder.name());

        JsonNode inside = read("/api/meetings/" + first, coChair.basic());
        assertThat(inside.at("/proposals/0/positions/0/holder").asString()).isEqualTo(holder.name());
    }

    @Test
    void anUnknownProposalOrGroupIsNotFound() throws Exception {
        for (String path : List.of("/api/proposals/987654321/positions", "/api/study-groups/987654321/positions")) {
            var answer = api.get(path, steering.basic()).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isEqualTo(404);
            assertThat(answer.getContentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(mvc.perform(get("/proposals/987654321/positions").with(steering.basic()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theMapIsForSignedInAccounts() throws Exception {
        long group = groups.get(AttributionRule.NAMED);
        assertThat(mvc.perform(get("/api/study-groups/" + group + "/positions"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    void assertNothingIdentifies(String text, AttributionRule rule, String as) {
        for (PersonView person : List.of(speaker, holder)) {
            assertThat(text).as(as).doesNotContain(person.name()).doesNotContain(person.affiliation());
        }
        assertThat(text).as(as).doesNotContain(russia.name()).doesNotContain(china.name());
        if (rule != AttributionRule.BY_COMMITTEE) {
            assertThat(text).as(as).doesNotContain(russia.acronym()).doesNotContain(china.acronym());
        }
        assertThat(text).as(as).doesNotContain("personId");
    }

    JsonNode read(String path, RequestPostProcessor who) throws Exception {
        var answer = api.get(path, who).andReturn().getResponse();
        assertThat(answer.getStatus()).as(path).isEqualTo(200);
        return json.readTree(answer.getContentAsString());
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        var answer = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(answer.getStatus()).as(path).isEqualTo(200);
        return answer.getContentAsString();
    }
}
