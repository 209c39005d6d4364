package plenary.reports.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored publications of reports. */
interface PublicationRepository extends ListCrudRepository<Publication, Long> {

    Optional<Publication> findFirstByReportIdOrderByPublishedAtDescIdDesc(long reportId);

    Optional<Publication> findByReportIdAndVersionNumber(long reportId, int versionNumber);

    List<Publication> findByReportId(long reportId);
}
