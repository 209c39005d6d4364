package plenary.meetings.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stored next tasks. */
public interface NextTaskRepository extends ListCrudRepository<NextTask, Long> {

    List<NextTask> findByMeetingIdOrderByPosition(long meetingId);
}
