package plenary.meetings.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored sessions. */
public interface SessionRepository extends ListCrudRepository<Session, Long> {

    List<Session> findByMeetingIdOrderByNumber(long meetingId);

    Optional<Session> findByMeetingIdAndNumber(long meetingId, int number);
}
