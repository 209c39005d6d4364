package plenary.meetings.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stored meetings. */
public interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByStudyGroupIdOrderByOrdinal(long studyGroupId);

    List<Meeting> findAllByOrderByStartsOnDesc();

    /** A page of every meeting, the latest first (the later made first on one day, so that pages never overlap). */
    List<Meeting> findAllByOrderByStartsOnDescIdDesc(Pageable page);

    Optional<Meeting> findByStudyGroupIdAndOrdinal(long studyGroupId, int ordinal);

    List<Meeting> findByStudyGroupIdInOrderByStudyGroupIdAscOrdinalAsc(Collection<Long> studyGroupIds);

    @Query("SELECT DISTINCT meeting_id FROM meeting_participant WHERE person_id = :personId")
    List<Long> attendedBy(long personId);

    @Query("SELECT DISTINCT study_group_id FROM meeting WHERE id IN (:ids)")
    List<Long> studyGroupIdsOf(Collection<Long> ids);
}
