package plenary.reports.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stored suggestions of reviews. */
public interface SuggestionRepository extends ListCrudRepository<Suggestion, Long> {

    List<Suggestion> findByReviewIdOrderByMadeAtAscIdAsc(long reviewId);
}
