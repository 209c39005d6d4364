package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.TestAccounts.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.TestAccounts.Signed;
import plenary.directory.CommitteeForm;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.directory.Role;
import tools.jackson.databind.JsonNode;

/**
 * A meeting held under a non-attribution rule shows its named record only to those who were there and those who
 * keep it; everyone else signed in gets speakers as the rule describes them, and no name or person id at all.
 */
class RedactedRecordTests extends WorldTests {

    @Autowired
    PersonRecords people;

    @Autowired
    CommitteeRecords committees;

    PersonView russian;
    PersonView chair;
    PersonView holder;
    String committee;
    Signed attendee;

    @BeforeAll
    void cast() {
        committee = MeetingWorld.unique("CSCAP-Russia");
        long committeeId = CurrentAccount.asSystem(() -> committees.create(new CommitteeForm(
                        committee + " committee", committee, CommitteeKind.MEMBER_COMMITTEE, Nationality.RU, null)))
                .id()
                .value();
        russian = CurrentAccount.asSystem(() -> people.create(new PersonForm(
                MeetingWorld.unique("Stanislav Beloretsky"),
                Nationality.RU,
                "Primorye Institute of Asia-Pacific Studies",
                committeeId,
                Pronoun.HE,
                null,
                null)));
        chair = accounts.person(MeetingWorld.unique("Ha-eun Seol"), Nationality.KR, Pronoun.SHE);
        holder = accounts.person(MeetingWorld.unique("Zhou Mingyuan"), Nationality.CN, Pronoun.HE);
        attendee = accounts.account(
                Role.PARTICIPANT, accounts.person(MeetingWorld.unique("Pavel Kedrovsky"), Nationality.RU, Pronoun.HE));
    }

    /** The pipeline briefing of the seed's second session, with a chair, a position holder and a task owner. */
    long pipelineMeeting(AttributionRule rule) {
        long meeting = world.meeting(rule);
        world.participant(meeting, russian.id().value(), Capacity.PRESENTER);
        world.participant(meeting, attendee.person().id().value(), Capacity.PARTICIPANT);
        world.participant(meeting, holder.id().value(), Capacity.DISCUSSANT);
        long session = MeetingWorld.system(() -> services.sessions()
                        .create(
                                new MeetingId(meeting),
                                new SessionForm(
                                        2,
                                        "Institutional arrangements",
                                        List.of("touched upon issue-specific institutions"),
                                        chair.id().value(),
                                        null)))
                .id();
        InterventionView briefing =
                world.intervention(meeting, session, russian.id().value(), InterventionKind.BRIEFING, List.of());
        world.intervention(meeting, session);
        MeetingWorld.system(() -> services.proposals()
                .create(
                        new MeetingId(meeting),
                        new ProposalForm(
                                "Link the pipeline issue",
                                briefing.id(),
                                List.of(new PositionForm(
                                        PositionStance.OPPOSES, holder.id().value(), null, "not a hostage")),
                                List.of(),
                                null)));
        MeetingWorld.system(() -> services.nextTasks()
                .create(
                        new MeetingId(meeting),
                        new NextTaskForm(
                                "Draft the memorandum",
                                "the Co-Chairs of the Study Group",
                                List.of(chair.id().value()),
                                null,
                                null,
                                null,
                                null)));
        return meeting;
    }

    @Test
    void anOutsiderSeesARussianParticipantAndNoNameOrPersonId() throws Exception {
        long meeting = pipelineMeeting(AttributionRule.BY_NATIONALITY);
        JsonNode record = get(meeting, world.steering.basic());
        assertThat(record.get("named").asBoolean()).isFalse();
        assertThat(record.at("/sessions/0/interventions/0/speaker").asString()).isEqualTo("a Russian participant");
        assertThat(record.at("/sessions/0/interventions/1").has("speaker")).isFalse();
        assertThat(record.at("/proposals/0/positions/0/holder").asString()).isEqualTo("a Chinese participant");
        assertThat(record.get("participantsCount").asInt()).isEqualTo(3);
        assertNothingIdentifies(record);
    }

    @Test
    void byCommitteeTheSpeakerComesFromTheirMemberCommittee() throws Exception {
        long meeting = pipelineMeeting(AttributionRule.BY_COMMITTEE);
        JsonNode record = get(meeting, world.representative.basic());
        assertThat(record.at("/sessions/0/interventions/0/speaker").asString())
                .isEqualTo("a participant from " + committee);
        assertNothingIdentifies(record);
    }

    @Test
    void withoutAttributionEveryoneIsAParticipant() throws Exception {
        long meeting = pipelineMeeting(AttributionRule.NONE);
        JsonNode record = get(meeting, world.otherCoChair.basic());
        assertThat(record.at("/sessions/0/interventions/0/speaker").asString()).isEqualTo("a participant");
        assertNothingIdentifies(record);
    }

    @Test
    void thoseWhoWereThereAndThoseWhoKeepTheRecordSeeItNamed() throws Exception {
        long meeting = pipelineMeeting(AttributionRule.NONE);
        for (RequestPostProcessor insider :
                List.of(attendee.basic(), world.coChair.basic(), world.rapporteur.basic(), admin())) {
            JsonNode record = get(meeting, insider);
            assertThat(record.get("named").asBoolean()).isTrue();
            assertThat(record.at("/sessions/0/interventions/0/speaker").asString())
                    .isEqualTo(russian.name());
            assertThat(record.at("/sessions/0/interventions/0/speakerPersonId").asLong())
                    .isEqualTo(russian.id().value());
            assertThat(record.at("/sessions/0/chair").asString()).isEqualTo(chair.name());
            assertThat(record.get("participants").size()).isEqualTo(3);
        }
    }

    @Test
    void aNamedMeetingIsNamedForEveryoneSignedIn() throws Exception {
        long meeting = pipelineMeeting(AttributionRule.NAMED);
        JsonNode record = get(meeting, world.steering.basic());
        assertThat(record.get("named").asBoolean()).isTrue();
        assertThat(record.at("/sessions/0/interventions/0/speaker").asString()).isEqualTo(russian.name());
    }

    JsonNode get(long meeting, RequestPostProcessor who) throws Exception {
        return api.read(api.get("/api/meetings/" + meeting, who));
    }

    void assertNothingIdentifies(JsonNode record) {
        String text = record.toString();
        for (PersonView person : List.of(russian, chair, holder, attendee.person())) {
            assertThat(text).doesNotContain(person.name()).doesNotContain(person.affiliation());
        }
        assertThat(record.has("participants")).isFalse();
        assertThat(fieldNames(record))
                .noneMatch(name ->
                        name.toLowerCase().contains("person") || name.equals("chair") || name.equals("ownerNames"));
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                names.add(field.getKey());
                names.addAll(fieldNames(field.getValue()));
            }
        } else if (node.isArray()) {
            node.forEach(child -> names.addAll(fieldNames(child)));
        }
        return names;
    }
}
