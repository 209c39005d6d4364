package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.drafting.ProposalStanding.PositionHolder;
import plenary.meetings.MeetingId;
import plenary.meetings.PositionStance;
import plenary.meetings.ProposalTaken;
import plenary.meetings.ProposalTaken.Position;

/** A proposal's standing names who supported, opposed and qualified it, with their committees. */
class StandingsTests {

    private static final CommitteeView JAPAN = new CommitteeView(
            new CommitteeId(1), "CSCAP-Japan", "CSCAP-Japan", CommitteeKind.MEMBER_COMMITTEE, null, 0);
    private static final CommitteeView CHINA = new CommitteeView(
            new CommitteeId(2), "CSCAP-China", "CSCAP-China", CommitteeKind.MEMBER_COMMITTEE, null, 0);

    @Test
    void positionsAreListedByStanceWithNameCommitteeAndNote() {
        // The second position was taken in an intervention, the person left out: the speaker (22) holds it.
        ProposalTaken pipeline = new ProposalTaken(
                201,
                "build a gas pipeline",
                new MeetingId(2),
                2,
                false,
                "Beijing",
                List.of(
                        new Position(PositionStance.SUPPORTS, new PersonId(21), "as a public good"),
                        new Position(PositionStance.OPPOSES, new PersonId(22), "not a hostage"),
                        new Position(PositionStance.QUALIFIES, new PersonId(23), null),
                        new Position(PositionStance.QUALIFIES, null, "only with the talks")));
        Standings standings = new Standings(
                Map.of(
                        new PersonId(21), person(21, "Mirei Asakawa", JAPAN.id()),
                        new PersonId(22), person(22, "Zhou Mingyuan", CHINA.id())),
                Map.of(JAPAN.id(), JAPAN, CHINA.id(), CHINA));

        assertThat(standings.of(List.of(pipeline)))
                .containsExactly(Map.entry(
                        201L,
                        new ProposalStanding(
                                201,
                                "build a gas pipeline",
                                new MeetingId(2),
                                "the second meeting",
                                "Beijing",
                                List.of(new PositionHolder(
                                        new PersonId(21), "Mirei Asakawa", "CSCAP-Japan", "as a public good")),
                                List.of(new PositionHolder(
                                        new PersonId(22), "Zhou Mingyuan", "CSCAP-China", "not a hostage")),
                                List.of(
                                        new PositionHolder(new PersonId(23), "(person 23)", null, null),
                                        new PositionHolder(
                                                null, "not named in the record", null, "only with the talks")))));
        assertThat(Standings.holdersIn(List.of(pipeline)))
                .containsExactlyInAnyOrder(new PersonId(21), new PersonId(22), new PersonId(23));
    }

    @Test
    void aProposalOfTheFinalMeetingIsPutForwardThereAndTheStandingsKeepTheOrderGiven() {
        ProposalTaken safety = new ProposalTaken(
                301, "develop a nuclear safety mechanism", new MeetingId(3), 3, true, "Vladivostok", List.of());
        ProposalTaken talks =
                new ProposalTaken(302, "resume the talks", new MeetingId(3), 3, true, "Vladivostok", List.of());
        Standings standings = new Standings(Map.of(), Map.of());

        Map<Long, ProposalStanding> found = standings.of(List.of(talks, safety));

        assertThat(found).containsOnlyKeys(302L, 301L);
        assertThat(found.keySet()).containsExactly(302L, 301L);
        assertThat(found.get(301L).putForwardAt()).isEqualTo("the third and final meeting, in Vladivostok");
        assertThat(found.get(301L).supporters()).isEmpty();
    }

    private static PersonView person(long id, String name, CommitteeId committee) {
        return new PersonView(new PersonId(id), name, Nationality.JP, null, committee, Pronoun.SHE, null, 0);
    }
}
