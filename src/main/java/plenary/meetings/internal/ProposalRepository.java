package plenary.meetings.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stored proposals. */
public interface ProposalRepository extends ListCrudRepository<Proposal, Long> {

    List<Proposal> findByMeetingIdOrderById(long meetingId);
}
