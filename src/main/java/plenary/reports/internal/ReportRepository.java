package plenary.reports.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored reports. */
public interface ReportRepository extends ListCrudRepository<Report, Long> {

    Optional<Report> findByMeetingId(long meetingId);
}
