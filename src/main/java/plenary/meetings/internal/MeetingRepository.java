package plenary.meetings.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored meetings. */
public interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByStudyGroupIdOrderByOrdinal(long studyGroupId);

    List<Meeting> findAllByOrderByStartsOnDesc();

    Optional<Meeting> findByStudyGroupIdAndOrdinal(long studyGroupId, int ordinal);
}
