package plenary.directory;

import java.util.Collection;
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

    /** The people with these ids, by id; unknown ids are left out. */
    Map<PersonId, PersonView> people(Collection<PersonId> ids);
}
