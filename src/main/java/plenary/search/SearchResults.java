package plenary.search;

import java.util.List;

/**
 * A page of what a search found, best first, with the counts of all it found by facet. Where it found more than
 * the facets are counted over, the counts are estimated from a sample of what it found and {@code facetsEstimated}
 * says so: counting every hit of a common word made a broad search slow.
 */
public record SearchResults(
        String q,
        long total,
        int page,
        int pages,
        List<SearchHit> hits,
        List<FacetView> facets,
        boolean facetsEstimated) {}
