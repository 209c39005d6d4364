package plenary.drafting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.drafting.ProposalStanding.PositionHolder;
import plenary.meetings.PositionStance;
import plenary.meetings.ProposalTaken;

/**
 * Where the proposals of a study group's meetings stand, read from the positions taken on them and the people
 * and committees of the directory. A position taken in an intervention without a person named is the speaker's.
 */
final class Standings {

    static final String UNNAMED = "not named in the record";

    private final Map<PersonId, PersonView> people;
    private final Map<CommitteeId, CommitteeView> committees;

    Standings(Map<PersonId, PersonView> people, Map<CommitteeId, CommitteeView> committees) {
        this.people = people;
        this.committees = committees;
    }

    /** Those who hold the positions taken on these proposals: the people the directory is asked for. */
    static Set<PersonId> holdersIn(List<ProposalTaken> proposals) {
        return proposals.stream()
                .flatMap(p -> p.positions().stream())
                .map(ProposalTaken.Position::holderId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The standings of these proposals, by id, in their order (that of the series). */
    Map<Long, ProposalStanding> of(List<ProposalTaken> proposals) {
        Map<Long, ProposalStanding> standings = new LinkedHashMap<>();
        proposals.forEach(p -> standings.put(p.id(), standing(p)));
        return standings;
    }

    private ProposalStanding standing(ProposalTaken proposal) {
        return new ProposalStanding(
                proposal.id(),
                proposal.text(),
                proposal.meetingId(),
                proposal.meeting(),
                proposal.city(),
                holders(proposal, PositionStance.SUPPORTS),
                holders(proposal, PositionStance.OPPOSES),
                holders(proposal, PositionStance.QUALIFIES));
    }

    private List<PositionHolder> holders(ProposalTaken proposal, PositionStance stance) {
        return proposal.positions().stream()
                .filter(p -> p.stance() == stance)
                .map(this::holder)
                .toList();
    }

    private PositionHolder holder(ProposalTaken.Position position) {
        PersonId id = position.holderId();
        PersonView person = id == null ? null : people.get(id);
        if (person == null) {
            return new PositionHolder(
                    id, Objects.requireNonNullElse(position.nameInRecord(), UNNAMED), null, position.note());
        }
        CommitteeView committee = person.committeeId() == null ? null : committees.get(person.committeeId());
        return new PositionHolder(id, person.name(), committee == null ? null : committee.name(), position.note());
    }
}
