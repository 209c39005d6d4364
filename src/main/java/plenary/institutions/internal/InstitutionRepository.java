package plenary.institutions.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Stored institutions. */
public interface InstitutionRepository extends ListCrudRepository<Institution, Long> {}
