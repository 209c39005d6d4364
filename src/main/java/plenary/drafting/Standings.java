package plenary.drafting;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.drafting.ProposalStanding.PositionHolder;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingRecord;
import plenary.meetings.PositionStance;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;

/**
 * Where the proposals of a study group's meetings stand, read from the meetings' named records and the people
 * and committees of the directory. A position taken in an intervention without a person named is the speaker's.
 */
final class Standings {

    static final String UNNAMED = "not named in the record";

    private final List<MeetingRecord> meetings;
    private final Map<PersonId, PersonView> people;
    private final Map<CommitteeId, CommitteeView> committees;
    private final Map<Long, InterventionView> interventions;

    Standings(
            List<MeetingRecord> meetings,
            Map<PersonId, PersonView> people,
            Map<CommitteeId, CommitteeView> committees) {
        this.meetings = List.copyOf(meetings);
        this.people = people;
        this.committees = committees;
        this.interventions = interventionsOf(meetings);
    }

    /** Those who hold the positions taken in these meetings' records: the people the directory is asked for. */
    static Set<PersonId> holdersIn(List<MeetingRecord> meetings) {
        Map<Long, InterventionView> interventions = interventionsOf(meetings);
        Set<PersonId> ids = new HashSet<>();
        for (MeetingRecord meeting : meetings) {
            for (ProposalView proposal : meeting.proposals()) {
                proposal.positions().stream()
                        .map(p -> holderId(p, interventions))
                        .filter(Objects::nonNull)
                        .forEach(ids::add);
            }
        }
        return ids;
    }

    /** The standings of those proposals that are of these meetings, by id, in the order of the series. */
    Map<Long, ProposalStanding> of(Collection<Long> proposalIds) {
        Set<Long> wanted = new HashSet<>(proposalIds);
        Map<Long, ProposalStanding> standings = new LinkedHashMap<>();
        for (MeetingRecord meeting : meetings) {
            for (ProposalView proposal : meeting.proposals()) {
                if (wanted.contains(proposal.id())) {
                    standings.put(proposal.id(), standing(meeting, proposal));
                }
            }
        }
        return standings;
    }

    private ProposalStanding standing(MeetingRecord meeting, ProposalView proposal) {
        return new ProposalStanding(
                proposal.id(),
                proposal.text(),
                meeting.id(),
                meeting.ordinalWords(),
                meeting.city(),
                holders(proposal, PositionStance.SUPPORTS),
                holders(proposal, PositionStance.OPPOSES),
                holders(proposal, PositionStance.QUALIFIES));
    }

    private List<PositionHolder> holders(ProposalView proposal, PositionStance stance) {
        return proposal.positions().stream()
                .filter(p -> p.stance() == stance)
                .map(this::holder)
                .toList();
    }

    private PositionHolder holder(PositionView position) {
        PersonId id = holderId(position, interventions);
        PersonView person = id == null ? null : people.get(id);
        if (person == null) {
            return new PositionHolder(
                    id, Objects.requireNonNullElse(spokenBy(position), UNNAMED), null, position.note());
        }
        CommitteeView committee = person.committeeId() == null ? null : committees.get(person.committeeId());
        return new PositionHolder(id, person.name(), committee == null ? null : committee.name(), position.note());
    }

    private static @Nullable PersonId holderId(PositionView position, Map<Long, InterventionView> interventions) {
        if (position.personId() != null) {
            return position.personId();
        }
        InterventionView taken =
                position.interventionId() == null ? null : interventions.get(position.interventionId());
        return taken == null ? null : taken.speakerPersonId();
    }

    /** The name the record itself gives the holder, where the directory has none. */
    private @Nullable String spokenBy(PositionView position) {
        if (position.holder() != null) {
            return position.holder();
        }
        InterventionView taken =
                position.interventionId() == null ? null : interventions.get(position.interventionId());
        return taken == null ? null : taken.speaker();
    }

    private static Map<Long, InterventionView> interventionsOf(List<MeetingRecord> meetings) {
        Map<Long, InterventionView> interventions = new HashMap<>();
        meetings.forEach(m ->
                m.sessions().forEach(s -> s.interventionsInOrder().forEach(i -> interventions.put(i.id(), i))));
        return interventions;
    }
}
