package plenary.reports.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored versions of reports. */
interface ReportVersionRepository extends ListCrudRepository<ReportVersion, Long> {

    Optional<ReportVersion> findByReportIdAndNumber(long reportId, int number);

    List<ReportVersion> findByReportIdOrderByNumber(long reportId);
}
