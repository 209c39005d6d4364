package plenary.directory.internal;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stored people. */
public interface PersonRepository extends ListCrudRepository<Person, Long> {

    List<Person> findAllByOrderByName();

    boolean existsByCommitteeId(long committeeId);

    /** The people of a committee whose enabled account has the role: its representatives, for instance. */
    @Query("SELECT p.* FROM person p WHERE p.committee_id = :committeeId AND EXISTS (SELECT 1 FROM account a"
            + " JOIN account_role r ON r.account_id = a.id WHERE a.person_id = p.id AND a.enabled AND r.role = :role)"
            + " ORDER BY p.name")
    List<Person> findByCommitteeAndRole(long committeeId, String role);
}
