package plenary.meetings.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.stereotype.Repository;

/** Stored sessions. */
// Named apart from Spring Session's bean "sessionRepository", which keeps the sign-in sessions.
@Repository("meetingSessionRepository")
public interface SessionRepository extends ListCrudRepository<Session, Long> {

    List<Session> findByMeetingIdOrderByNumber(long meetingId);

    Optional<Session> findByMeetingIdAndNumber(long meetingId, int number);
}
