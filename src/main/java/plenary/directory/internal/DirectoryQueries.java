package plenary.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.OrganisationView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Role;

@Component
@Transactional(readOnly = true)
class DirectoryQueries implements Directory {

    private final OrganisationRepository organisations;
    private final CommitteeRepository committees;
    private final PersonRepository people;

    DirectoryQueries(OrganisationRepository organisations, CommitteeRepository committees, PersonRepository people) {
        this.organisations = organisations;
        this.committees = committees;
        this.people = people;
    }

    @Override
    public Optional<OrganisationView> organisation() {
        return organisations.findAll().stream().findFirst().map(Organisation::view);
    }

    @Override
    public List<CommitteeView> committees() {
        return committees.findAllByOrderByName().stream().map(Committee::view).toList();
    }

    @Override
    public Optional<CommitteeView> committee(CommitteeId id) {
        return committees.findById(id.value()).map(Committee::view);
    }

    @Override
    public List<PersonView> people() {
        return people.findAllByOrderByName().stream().map(Person::view).toList();
    }

    @Override
    public Optional<PersonView> person(PersonId id) {
        return people.findById(id.value()).map(Person::view);
    }

    @Override
    public List<PersonView> representatives(CommitteeId committee) {
        return representatives(List.of(committee)).getOrDefault(committee, List.of());
    }

    @Override
    public Map<CommitteeId, List<PersonView>> representatives(Collection<CommitteeId> ids) {
        Map<CommitteeId, List<PersonView>> byCommittee = new LinkedHashMap<>();
        ids.forEach(id -> byCommittee.put(id, new ArrayList<>()));
        if (!ids.isEmpty()) {
            people
                    .findByCommitteesAndRole(
                            ids.stream().map(CommitteeId::value).distinct().toList(),
                            Role.COMMITTEE_REPRESENTATIVE.name())
                    .stream()
                    .map(Person::view)
                    .forEach(p -> byCommittee
                            .computeIfAbsent(Objects.requireNonNull(p.committeeId()), c -> new ArrayList<>())
                            .add(p));
        }
        return byCommittee;
    }

    @Override
    public Map<PersonId, PersonView> people(Collection<PersonId> ids) {
        return people.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .map(Person::view)
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
    }
}
