package plenary.directory.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stored people. */
public interface PersonRepository extends ListCrudRepository<Person, Long> {

    List<Person> findAllByOrderByName();

    boolean existsByCommitteeId(long committeeId);

    /**
     * The people of these committees whose enabled account has the role: their representatives, for instance. Found
     * from the role's few holders, not from the committees' people: at size L a committee has 1,230 people, and
     * probing each for an account cost 29 ms a committee (a circulation's read asks for each committee it went to).
     */
    String BY_COMMITTEES_AND_ROLE = "SELECT p.* FROM person p WHERE p.committee_id IN (:committeeIds) AND p.id IN"
            + " (SELECT a.person_id FROM account_role r JOIN account a ON a.id = r.account_id"
            + " WHERE r.role = :role AND a.enabled) ORDER BY p.name";

    @Query(BY_COMMITTEES_AND_ROLE)
    List<Person> findByCommitteesAndRole(Collection<Long> committeeIds, String role);
}
