package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.JsonApi;
import plenary.TestAccounts;
import plenary.directory.Nationality;
import plenary.directory.Pronoun;

/**
 * Every write of a meeting's record, tried by everyone who might: the secretariat, the group's co-chair and
 * rapporteur and the meeting's own rapporteur get through (and change it); a co-chair of another group, a
 * participant, a committee representative and a steering committee member are refused and change nothing; the
 * public is asked to sign in.
 */
class MeetingAccessApiTests extends WorldTests {

    enum Who {
        SECRETARIAT,
        GROUP_CO_CHAIR,
        GROUP_RAPPORTEUR,
        MEETING_RAPPORTEUR,
        OTHER_GROUP_CO_CHAIR,
        PARTICIPANT,
        COMMITTEE_REPRESENTATIVE,
        STEERING_COMMITTEE_MEMBER,
        ANONYMOUS
    }

    static final Set<Who> GROUP_KEEPERS = EnumSet.of(Who.SECRETARIAT, Who.GROUP_CO_CHAIR, Who.GROUP_RAPPORTEUR);
    static final Set<Who> MEETING_KEEPERS =
            EnumSet.of(Who.SECRETARIAT, Who.GROUP_CO_CHAIR, Who.GROUP_RAPPORTEUR, Who.MEETING_RAPPORTEUR);

    /** The records one write is tried on, made afresh for each try. */
    record Target(
            long meeting,
            int ordinal,
            long session,
            long emptySession,
            long participant,
            long participantPerson,
            long newPerson,
            long intervention,
            long proposal,
            long task) {}

    Target target() {
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        long person = accounts.person(MeetingWorld.unique("Observer"), Nationality.SG, Pronoun.SHE)
                .id()
                .value();
        return new Target(
                meeting,
                world.record(meeting).ordinal(),
                session,
                world.session(meeting, 2),
                world.participant(meeting, person, Capacity.OBSERVER),
                person,
                accounts.person(MeetingWorld.unique("Newcomer"), Nationality.TH, Pronoun.HE)
                        .id()
                        .value(),
                world.intervention(meeting, session),
                world.proposal(meeting, null),
                world.nextTask(meeting));
    }

    static Stream<Arguments> everyWriteByEveryone() {
        return Stream.of(Who.values()).flatMap(who -> Stream.of(Write.values()).map(write -> Arguments.of(who, write)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyWriteByEveryone")
    void onlyTheRecordKeepersWriteAMeetingsRecord(Who who, Write write) throws Exception {
        Target t = target();
        MeetingRecord before = world.record(t.meeting());
        int meetingsBefore = MeetingWorld.system(() -> world.services.meetings().summaries(world.groupId))
                .size();
        int answer = write.send(this, t, signer(who)).andReturn().getResponse().getStatus();

        Set<Who> allowed = write == Write.CREATE_MEETING ? GROUP_KEEPERS : MEETING_KEEPERS;
        if (allowed.contains(who)) {
            assertThat(answer).as("answer to an allowed write").isEqualTo(write.success);
        } else {
            assertThat(answer).isEqualTo(who == Who.ANONYMOUS ? 401 : 403);
            assertThat(world.record(t.meeting())).isEqualTo(before);
            assertThat(MeetingWorld.system(() -> world.services.meetings().summaries(world.groupId)))
                    .hasSize(meetingsBefore);
        }
    }

    @Test
    void readingNeedsASignedInAccount() throws Exception {
        long meeting = world.meeting(AttributionRule.NAMED);
        api.get("/api/meetings/" + meeting, null).andExpect(status().isUnauthorized());
        api.get("/api/meetings?studyGroup=" + world.groupId, null).andExpect(status().isUnauthorized());
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                api.get("/api/meetings/" + meeting, signer(who)).andExpect(status().isOk());
            }
        }
    }

    RequestPostProcessor signer(Who who) {
        return switch (who) {
            case SECRETARIAT -> TestAccounts.admin();
            case GROUP_CO_CHAIR -> world.coChair.basic();
            case GROUP_RAPPORTEUR -> world.rapporteur.basic();
            case MEETING_RAPPORTEUR -> world.meetingRapporteur.basic();
            case OTHER_GROUP_CO_CHAIR -> world.otherCoChair.basic();
            case PARTICIPANT -> world.participant.basic();
            case COMMITTEE_REPRESENTATIVE -> world.representative.basic();
            case STEERING_COMMITTEE_MEMBER -> world.steering.basic();
            case ANONYMOUS -> null;
        };
    }

    /** One write of the API, with the answer it gets when allowed. */
    enum Write {
        CREATE_MEETING(201),
        UPDATE_MEETING(200),
        DELETE_MEETING(204),
        CREATE_SESSION(201),
        UPDATE_SESSION(200),
        DELETE_SESSION(204),
        CREATE_PARTICIPANT(201),
        UPDATE_PARTICIPANT(200),
        DELETE_PARTICIPANT(204),
        CREATE_INTERVENTION(201),
        UPDATE_INTERVENTION(200),
        DELETE_INTERVENTION(204),
        CREATE_PROPOSAL(201),
        UPDATE_PROPOSAL(200),
        DELETE_PROPOSAL(204),
        CREATE_NEXT_TASK(201),
        UPDATE_NEXT_TASK(200),
        DELETE_NEXT_TASK(204);

        final int success;

        Write(int success) {
            this.success = success;
        }

        ResultActions send(MeetingAccessApiTests test, Target t, RequestPostProcessor who) throws Exception {
            JsonApi api = test.api;
            String m = "/api/meetings/" + t.meeting();
            String intervention = "{\"sessionId\":%d,\"kind\":\"QUESTION\",\"summary\":\"A question was raised.\"%s}";
            String proposal = "{\"text\":\"Embed the Six Party Talks into the East Asia Summit\"%s}";
            String task = "{\"description\":\"Circulate the draft\",\"owner\":\"the Co-Chairs\"%s}";
            return switch (this) {
                case CREATE_MEETING ->
                    api.post(
                            "/api/meetings",
                            who,
                            MeetingWorldJson.meeting(test.world.groupId, test.world.nextOrdinal(), "NONE", null));
                case UPDATE_MEETING ->
                    api.put(m, who, MeetingWorldJson.meeting(test.world.groupId, t.ordinal(), "NAMED", 0));
                case DELETE_MEETING -> api.delete(m, who);
                case CREATE_SESSION -> api.post(m + "/sessions", who, "{\"number\":3,\"theme\":\"Next steps\"}");
                case UPDATE_SESSION ->
                    api.put(
                            m + "/sessions/" + t.session(),
                            who,
                            "{\"number\":1,\"theme\":\"Reviewing institutions\",\"version\":0}");
                case DELETE_SESSION -> api.delete(m + "/sessions/" + t.emptySession(), who);
                case CREATE_PARTICIPANT ->
                    api.post(
                            m + "/participants",
                            who,
                            "{\"personId\":%d,\"capacity\":\"DISCUSSANT\"}".formatted(t.newPerson()));
                case UPDATE_PARTICIPANT ->
                    api.put(
                            m + "/participants/" + t.participant(),
                            who,
                            "{\"personId\":%d,\"capacity\":\"DISCUSSANT\",\"version\":0}"
                                    .formatted(t.participantPerson()));
                case DELETE_PARTICIPANT -> api.delete(m + "/participants/" + t.participant(), who);
                case CREATE_INTERVENTION ->
                    api.post(m + "/interventions", who, intervention.formatted(t.session(), ""));
                case UPDATE_INTERVENTION ->
                    api.put(
                            m + "/interventions/" + t.intervention(),
                            who,
                            intervention.formatted(t.session(), ",\"version\":0"));
                case DELETE_INTERVENTION -> api.delete(m + "/interventions/" + t.intervention(), who);
                case CREATE_PROPOSAL -> api.post(m + "/proposals", who, proposal.formatted(""));
                case UPDATE_PROPOSAL ->
                    api.put(m + "/proposals/" + t.proposal(), who, proposal.formatted(",\"version\":0"));
                case DELETE_PROPOSAL -> api.delete(m + "/proposals/" + t.proposal(), who);
                case CREATE_NEXT_TASK -> api.post(m + "/next-tasks", who, task.formatted(""));
                case UPDATE_NEXT_TASK -> api.put(m + "/next-tasks/" + t.task(), who, task.formatted(",\"version\":0"));
                case DELETE_NEXT_TASK -> api.delete(m + "/next-tasks/" + t.task(), who);
            };
        }
    }
}
