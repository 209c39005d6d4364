package plenary.meetings.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stored interventions. */
public interface InterventionRepository extends ListCrudRepository<Intervention, Long> {

    List<Intervention> findByMeetingIdOrderByPosition(long meetingId);

    List<Intervention> findBySessionIdOrderByPosition(long sessionId);

    long countBySessionId(long sessionId);

    long countByMeetingIdAndSpeakerPersonId(long meetingId, long speakerPersonId);
}
