package plenary.reports.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stored reviews of reports. */
public interface ReviewRepository extends ListCrudRepository<Review, Long> {

    Optional<Review> findFirstByReportIdOrderBySentAtDescIdDesc(long reportId);

    List<Review> findByReportIdAndClosedAtIsNull(long reportId);

    boolean existsByReportId(long reportId);
}
