package plenary.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The stored organisation. */
public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {
}
