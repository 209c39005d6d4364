package plenary.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CommitteeRepository extends ListCrudRepository<Committee, Long> {

    List<Committee> findAllByOrderByName();
}

interface PersonRepository extends ListCrudRepository<Person, Long> {

    List<Person> findAllByOrderByName();

    boolean existsByCommitteeId(long committeeId);
}

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsername();

    boolean existsByPersonId(long personId);
}

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {
}
