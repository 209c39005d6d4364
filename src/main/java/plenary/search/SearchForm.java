package plenary.search;

import org.jspecify.annotations.Nullable;

/**
 * A search: the query in Lucene's syntax (words, "phrases", prefix*, AND, OR, NOT; empty for everything), the
 * facets it is narrowed to (ids; a year; a kind: intervention, proposal, report, memorandum, institution) and the
 * page (from 1).
 */
public record SearchForm(
        @Nullable String q,
        @Nullable Long studyGroup,
        @Nullable Long meeting,
        @Nullable Integer year,
        @Nullable String kind,
        @Nullable Long institution,
        @Nullable Integer page) {

    /** The longest query read (characters). */
    public static final int MAX_QUERY = 1000;

    /** The last page served. */
    public static final int MAX_PAGE = 100;

    public int pageOrFirst() {
        return page == null ? 1 : page;
    }
}
