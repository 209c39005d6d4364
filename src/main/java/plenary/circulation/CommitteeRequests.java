package plenary.circulation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;

/** What a committee asked for on a memorandum's circulations, and what became of each request. */
public record CommitteeRequests(CommitteeId committeeId, String committee, List<Request> requests) {

    public CommitteeRequests {
        requests = List.copyOf(requests);
    }

    /**
     * An amendment or a comment ({@code kind}) on a paragraph of a circulated version, and its {@code outcome}:
     * for an amendment the decision ("pending", "accept", "reject", "merge", "keep_open") with the rejection's
     * reason or the merged wording; for a comment "replied" or "open".
     */
    public record Request(
            String kind,
            long id,
            long circulationId,
            int version,
            String paragraphKey,
            @Nullable String text,
            String outcome,
            @Nullable String outcomeText) {}
}
