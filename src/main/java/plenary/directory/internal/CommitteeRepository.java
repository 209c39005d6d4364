package plenary.directory.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stored committees. */
public interface CommitteeRepository extends ListCrudRepository<Committee, Long> {

    List<Committee> findAllByOrderByName();
}
