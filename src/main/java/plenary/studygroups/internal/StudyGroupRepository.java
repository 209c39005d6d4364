package plenary.studygroups.internal;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stored study groups. */
public interface StudyGroupRepository extends ListCrudRepository<StudyGroup, Long> {

    List<StudyGroup> findAllByOrderByTitle();

    /** The groups whose title is this one, ignoring case: titles must tell groups apart. */
    @Query("SELECT id FROM study_group WHERE LOWER(title) = LOWER(:title)")
    List<Long> idsTitled(String title);
}
