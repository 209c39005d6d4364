package plenary.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may read of the directory. */
public interface Directory {

    /** The organisation Plenary serves; empty until the secretariat (or the demo record) names it. */
    Optional<OrganisationView> organisation();

    List<CommitteeView> committees();

    Optional<CommitteeView> committee(CommitteeId id);

    List<PersonView> people();

    Optional<PersonView> person(PersonId id);

    /**
     * Those who speak for a committee: its people whose enabled account has the committee representative's role,
     * by name. They answer a circulation and endorse a memorandum for their committee.
     */
    List<PersonView> representatives(CommitteeId committee);

    /** The representatives of each of these committees, as {@link #representatives(CommitteeId)} gives them. */
    default Map<CommitteeId, List<PersonView>> representatives(Collection<CommitteeId> committees) {
        Map<CommitteeId, List<PersonView>> byCommittee = new LinkedHashMap<>();
        committees.forEach(c -> byCommittee.put(c, representatives(c)));
        return byCommittee;
    }

    /** The people with these ids, by id; unknown ids are left out. */
    Map<PersonId, PersonView> people(Collection<PersonId> ids);
}
