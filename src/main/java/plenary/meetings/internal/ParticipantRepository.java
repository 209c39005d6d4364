package plenary.meetings.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored participants. */
public interface ParticipantRepository extends ListCrudRepository<Participant, Long> {

    List<Participant> findByMeetingId(long meetingId);

    Optional<Participant> findByMeetingIdAndPersonId(long meetingId, long personId);
}
