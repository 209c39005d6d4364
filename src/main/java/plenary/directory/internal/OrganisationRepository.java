package plenary.directory.internal;

import org.springframework.data.repository.ListCrudRepository;

/** The stored organisation. */
public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {}
