package plenary.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import plenary.kernel.InvalidRecord;
import plenary.search.FacetView;
import plenary.search.SearchForm;
import plenary.search.SearchHit;
import plenary.search.SearchResults;

/**
 * Runs a search on the index for one audience: parses the query (English, institutions' names as synonyms),
 * keeps to what the audience may see, narrows to the facets asked for, ranks, counts by facet and highlights.
 */
@Component
public class IndexSearch {

    static final int PAGE_SIZE = 10;
    private static final List<String> FACETS =
            List.of(Entry.STUDY_GROUP, Entry.MEETING, Entry.YEAR, Entry.KIND, Entry.INSTITUTION);

    /**
     * How many hits the facets are counted over at most; a search that finds more counts a random sample of that
     * size and scales the counts up (estimates, and said to be). Counting the facets of every hit of a common word
     * over the whole record took most of a broad search's time at size L, before they were sampled.
     */
    static final int FACET_SAMPLE = 5_000;

    /**
     * How many hits the ranking pass counts before it may skip those that cannot reach the page. Scoring every hit
     * of a common word, to rank and count in one pass, took most of a broad search's time on size L's index
     * ({@code SearchBenchmarks} on it: p95 27 ms in one pass, 12 ms in two).
     */
    static final int RANKED_ALONE = 1_000;

    /** A fixed seed: the same search on the same index estimates the same counts. */
    private static final long SAMPLE_SEED = 13;

    private final int facetSample;
    private final SearchIndex index;
    private final QueryAnalysis analysis;
    private final Analyzer snippets = Analysis.snippets();
    private volatile @Nullable Cached cached;

    @Autowired
    public IndexSearch(SearchIndex index, QueryAnalysis analysis) {
        this(index, analysis, FACET_SAMPLE);
    }

    IndexSearch(SearchIndex index, QueryAnalysis analysis, int facetSample) {
        this.index = index;
        this.analysis = analysis;
        this.facetSample = facetSample;
    }

    private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {}

    /** The queries of the index's fields, and those of the texts whose snippets are shown. */
    private record Parsed(
            Query text,
            @Nullable Query named,
            Query textSnippet,
            @Nullable Query namedSnippet) {}

    public SearchResults search(Audience audience, SearchForm form) {
        String q = form.q() == null ? "" : form.q().strip();
        if (q.length() > SearchForm.MAX_QUERY) {
            throw InvalidRecord.of("q", "max-length", "must be at most " + SearchForm.MAX_QUERY + " characters long");
        }
        int page = form.pageOrFirst();
        if (page < 1 || page > SearchForm.MAX_PAGE) {
            throw InvalidRecord.of("page", "range", "must be between 1 and " + SearchForm.MAX_PAGE);
        }
        Parsed parsed = parse(q, audience);
        Query query = query(parsed, audience, form);
        try {
            return index.read(searcher -> run(searcher, query, parsed, audience, q, page));
        } catch (IndexSearcher.TooManyClauses e) {
            throw InvalidRecord.of("q", "too-broad", "matches too many words: make the prefixes longer");
        }
    }

    private Parsed parse(String q, Audience audience) {
        if (q.isEmpty()) {
            return new Parsed(new MatchAllDocsQuery(), null, new MatchAllDocsQuery(), null);
        }
        Analyzer analyzer = analysis.analyzer();
        boolean names = !audience.names().isEmpty();
        return new Parsed(
                parse(q, analyzer, Entry.ALL, true),
                names ? parse(q, analyzer, Entry.ALL_NAMED, true) : null,
                parse(q, analyzer, Entry.TEXT, false),
                names ? parse(q, analyzer, Entry.NAMED, false) : null);
    }

    private static Query parse(String q, Analyzer analyzer, String field, boolean exactPrefixes) {
        QueryParser parser = exactPrefixes ? new ExactPrefixes(field, analyzer) : new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setSplitOnWhitespace(false);
        try {
            return parser.parse(q);
        } catch (ParseException | RuntimeException e) {
            throw InvalidRecord.of(
                    "q",
                    "syntax",
                    "is not a query Plenary understands: close quotes and brackets, and put a word before * "
                            + "(or write \\ before a special character)");
        }
    }

    private static Query query(Parsed parsed, Audience audience, SearchForm form) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (parsed.named() == null) {
            query.add(parsed.text(), Occur.MUST);
        } else {
            Query names = new TermInSetQuery(
                    Entry.NAMES_FOR,
                    audience.names().stream().map(BytesRef::new).toList());
            Query named = new BooleanQuery.Builder()
                    .add(parsed.named(), Occur.MUST)
                    .add(names, Occur.FILTER)
                    .build();
            query.add(
                    new BooleanQuery.Builder()
                            .add(parsed.text(), Occur.SHOULD)
                            .add(named, Occur.SHOULD)
                            .build(),
                    Occur.MUST);
        }
        if (!audience.signedIn()) {
            query.add(new TermQuery(new Term(Entry.AUDIENCE, Entry.PUBLIC)), Occur.FILTER);
        }
        filter(query, Entry.STUDY_GROUP, form.studyGroup());
        filter(query, Entry.MEETING, form.meeting());
        filter(query, Entry.YEAR, form.year());
        filter(query, Entry.KIND, form.kind());
        filter(query, Entry.INSTITUTION, form.institution());
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, @Nullable Object value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value.toString())), Occur.FILTER);
        }
    }

    private SearchResults run(IndexSearcher searcher, Query query, Parsed parsed, Audience audience, String q, int page)
            throws IOException {
        // Two passes over the same reader: ranking alone may skip the hits that cannot reach the page (Lucene's
        // block-max WAND, once RANKED_ALONE hits are counted), which ranking and counting in one pass could not;
        // the counting pass visits every hit without scoring it, and gives the exact total.
        TopDocs top = rank(searcher, query, page * PAGE_SIZE);
        RandomSamplingFacetsCollector sampled =
                searcher.search(query, RandomSamplingFacetsCollector.createManager(facetSample, SAMPLE_SEED));
        long total = sampled.getOriginalMatchingDocs().stream()
                .mapToLong(matching -> matching.totalHits)
                .sum();
        ScoreDoc[] docs = top.scoreDocs;
        List<SearchHit> hits = new ArrayList<>();
        for (int i = (page - 1) * PAGE_SIZE; i < docs.length; i++) {
            hits.add(hit(searcher.storedFields().document(docs[i].doc), parsed, audience));
        }
        boolean estimated = total > facetSample;
        List<FacetView> facets = facets(searcher, sampled, estimated ? total : 0);
        int pages = (int) Math.min(SearchForm.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new SearchResults(q, total, page, pages, hits, facets, estimated);
    }

    /** The first hits by score, exactly; how many hits there are only up to {@link #RANKED_ALONE}. */
    static TopDocs rank(IndexSearcher searcher, Query query, int hits) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(hits, RANKED_ALONE));
    }

    /**
     * The counts by facet, over the sample where one was taken ({@code estimatedOf} the total then, else 0): each
     * count in the sample scaled up to the whole, never past the total.
     */
    private List<FacetView> facets(IndexSearcher searcher, RandomSamplingFacetsCollector sampled, long estimatedOf)
            throws IOException {
        SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
        if (state == null) {
            return List.of();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, sampled);
        // Known once the sample was drawn, which counting the facets did.
        double scale = estimatedOf > 0 ? 1 / sampled.getSamplingRate() : 1;
        List<FacetView> facets = new ArrayList<>();
        for (String name : FACETS) {
            FacetResult result;
            try {
                result = counts.getTopChildren(20, Entry.facet(name));
            } catch (IllegalArgumentException noneYet) {
                result = null;
            }
            List<FacetView.Count> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    Entry.Facet facet = Entry.Facet.of(value.label);
                    int count = estimatedOf > 0
                            ? (int) Math.min(estimatedOf, Math.max(1, Math.round(value.value.intValue() * scale)))
                            : value.value.intValue();
                    values.add(new FacetView.Count(facet.id(), facet.label(), count));
                }
            }
            facets.add(new FacetView(name, values));
        }
        return facets;
    }

    private @Nullable SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        Cached current = cached;
        if (current != null && current.reader().equals(reader)) {
            return current.state();
        }
        try {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, index.facets());
            cached = new Cached(reader, state);
            return state;
        } catch (IllegalArgumentException | IllegalStateException empty) {
            return null;
        }
    }

    private SearchHit hit(Document doc, Parsed parsed, Audience audience) {
        boolean named = parsed.named() != null && doc.get(Entry.NAMED) != null && seesNames(doc, audience.names());
        String field = named ? Entry.NAMED : Entry.TEXT;
        String text = doc.get(field);
        Query query = named ? parsed.namedSnippet() : parsed.textSnippet();
        return new SearchHit(
                doc.get(Entry.KIND),
                doc.get(Entry.TITLE),
                snippet(query, field, text == null ? "" : text),
                doc.get(Entry.LINK),
                doc.get(Entry.STUDY_GROUP + "Label"),
                doc.get(Entry.MEETING + "Label"),
                doc.get(Entry.YEAR) == null ? null : Integer.valueOf(doc.get(Entry.YEAR)),
                Entry.heading(doc.get(Entry.HEADING)));
    }

    private static boolean seesNames(Document doc, Set<String> names) {
        for (IndexableField f : doc.getFields(Entry.NAMES_FOR)) {
            if (names.contains(f.stringValue())) {
                return true;
            }
        }
        return false;
    }

    private String snippet(@Nullable Query query, String field, String text) {
        SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
        if (query != null && !(query instanceof MatchAllDocsQuery)) {
            QueryScorer scorer = new QueryScorer(query, field);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, 240));
            try {
                String[] best = highlighter.getBestFragments(snippets, field, text, 2);
                if (best.length > 0) {
                    return String.join(" … ", best);
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                // The text is shown from its start instead.
            }
        }
        return encoder.encodeText(text.length() > 240 ? text.substring(0, 240) + " …" : text);
    }

    /** Reads prefixes and wildcards in the word-for-word field: the stems of the English one cut words short. */
    private static final class ExactPrefixes extends QueryParser {

        ExactPrefixes(String field, Analyzer analyzer) {
            super(field, analyzer);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(field + Entry.EXACT, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(field + Entry.EXACT, termStr);
        }
    }
}
