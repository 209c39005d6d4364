package plenary.search;

import java.util.List;

/** A page of what a search found, best first, with the counts of all it found by facet. */
public record SearchResults(String q, long total, int page, int pages, List<SearchHit> hits, List<FacetView> facets) {}
