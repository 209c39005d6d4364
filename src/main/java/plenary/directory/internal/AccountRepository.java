package plenary.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored accounts. */
public interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsername();

    boolean existsByPersonId(long personId);
}
