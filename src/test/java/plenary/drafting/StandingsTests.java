package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.drafting.MeetingFixture.meeting;
import static plenary.drafting.MeetingFixture.supports;

import java.time.LocalDate;
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
import plenary.meetings.MeetingRecord;
import plenary.meetings.PositionStance;
import plenary.meetings.PositionView;

/** A proposal's standing names who supported, opposed and qualified it, with their committees. */
class StandingsTests {

    private static final CommitteeView JAPAN = new CommitteeView(
            new CommitteeId(1), "CSCAP-Japan", "CSCAP-Japan", CommitteeKind.MEMBER_COMMITTEE, null, 0);
    private static final CommitteeView CHINA = new CommitteeView(
            new CommitteeId(2), "CSCAP-China", "CSCAP-China", CommitteeKind.MEMBER_COMMITTEE, null, 0);

    private final MeetingFixture beijing = meeting(2, "Beijing", Nationality.CN, LocalDate.of(2011, 5, 23));
    private final MeetingFixture vladivostok = meeting(3, "Vladivostok", Nationality.RU, LocalDate.of(2011, 11, 14))
            .finalOne();

    @Test
    void positionsAcrossMeetingsAreListedByStanceWithNameCommitteeAndNote() {
        long pipeline = beijing.session("Energy").say(21L, "Mirei Asakawa");
        long hostage = vladivostok.session("Energy").say(22L, "Zhou Mingyuan");
        beijing.proposal(
                201,
                "build a gas pipeline",
                pipeline,
                new PositionView(
                        PositionStance.SUPPORTS, new PersonId(21), "Mirei Asakawa", pipeline, "as a public good"),
                // Taken in an intervention, the person left out: the speaker's.
                new PositionView(PositionStance.OPPOSES, null, null, hostage, "not a hostage"),
                new PositionView(PositionStance.QUALIFIES, new PersonId(23), "Ivan Petrov", null, null),
                new PositionView(PositionStance.QUALIFIES, null, null, null, "only with the talks"));
        List<MeetingRecord> records = List.of(beijing.record(), vladivostok.record());
        Standings standings = new Standings(
                records,
                Map.of(
                        new PersonId(21), person(21, "Mirei Asakawa", JAPAN.id()),
                        new PersonId(22), person(22, "Zhou Mingyuan", CHINA.id())),
                Map.of(JAPAN.id(), JAPAN, CHINA.id(), CHINA));

        assertThat(standings.of(List.of(201L)))
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
                                        new PositionHolder(new PersonId(23), "Ivan Petrov", null, null),
                                        new PositionHolder(
                                                null, "not named in the record", null, "only with the talks")))));
        assertThat(Standings.holdersIn(records))
                .containsExactlyInAnyOrder(new PersonId(21), new PersonId(22), new PersonId(23));
    }

    @Test
    void proposalsOfOtherMeetingsAreLeftOut() {
        long safety = vladivostok.session("Safety").say(21L, "Mirei Asakawa");
        vladivostok.proposal(301, "develop a nuclear safety mechanism", safety, supports(21));
        Standings standings = new Standings(List.of(vladivostok.record()), Map.of(), Map.of());

        ProposalStanding found = standings.of(List.of(301L, 999L)).get(301L);

        assertThat(standings.of(List.of(301L, 999L))).containsOnlyKeys(301L);
        assertThat(found.putForwardAt()).isEqualTo("the third and final meeting, in Vladivostok");
        assertThat(found.supporters()).extracting(PositionHolder::name).containsExactly("not named in the record");
    }

    private static PersonView person(long id, String name, CommitteeId committee) {
        return new PersonView(new PersonId(id), name, Nationality.JP, null, committee, Pronoun.SHE, null, 0);
    }
}
