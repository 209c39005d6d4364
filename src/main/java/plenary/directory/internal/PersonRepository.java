package plenary.directory.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stored people. */
public interface PersonRepository extends ListCrudRepository<Person, Long> {

    List<Person> findAllByOrderByName();

    boolean existsByCommitteeId(long committeeId);
}
