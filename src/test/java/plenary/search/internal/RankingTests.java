package plenary.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plenary.search.SearchForm;
import plenary.search.SearchHit;
import plenary.search.SearchResults;

/**
 * A broad search ranks its page without scoring every hit (the ranking pass stops counting once it has counted
 * {@link IndexSearch#RANKED_ALONE}), and still shows the same page, in the same order, and the exact total.
 */
class RankingTests {

    /** More hits of one word than the ranking pass counts. */
    private static final int HARBOURS = 3_000;

    @Test
    void theRankingPassStopsCountingOnceThePageCannotChange(@TempDir Path folder) throws IOException {
        try (SearchIndex index = harbours(folder)) {
            Query harbour = new TermQuery(new Term(Entry.ALL, "harbour"));

            TotalHits counted = index.read(searcher -> IndexSearch.rank(searcher, harbour, 10)).totalHits;

            assertThat(counted.relation).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
            assertThat(counted.value).isLessThan(HARBOURS);
        }
    }

    @Test
    void aBroadSearchShowsThePagesOfAFullRankingAndTheExactTotal(@TempDir Path folder) throws IOException {
        try (SearchIndex index = harbours(folder)) {
            IndexSearch search = new IndexSearch(index, QueryAnalysis.of(List.of()));
            List<String> everyHitScored = index.read(searcher -> links(searcher, 30));

            List<String> shown = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                SearchResults results = search.search(FacetSampleTests.READER, form(page));
                assertThat(results.total()).isEqualTo(HARBOURS);
                results.hits().stream().map(SearchHit::link).forEach(shown::add);
            }

            assertThat(shown).containsExactlyElementsOf(everyHitScored);
        }
    }

    /** The first links as a ranking that scores every hit has them. */
    private static List<String> links(IndexSearcher searcher, int hits) throws IOException {
        TopDocs top = searcher.search(
                new TermQuery(new Term(Entry.ALL, "harbour")),
                new TopScoreDocCollectorManager(hits, Integer.MAX_VALUE));
        assertThat(top.totalHits.relation).isEqualTo(TotalHits.Relation.EQUAL_TO);
        List<String> links = new ArrayList<>();
        for (var doc : top.scoreDocs) {
            links.add(searcher.storedFields().document(doc.doc).get(Entry.LINK));
        }
        return links;
    }

    /**
     * Interventions on a harbour that name it one to seven times in texts of different lengths, so that their
     * scores differ and the best are spread through the index.
     */
    private static SearchIndex harbours(Path folder) {
        SearchIndex index = new SearchIndex(folder);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < HARBOURS; i++) {
            String[] filler = new String[(i * 7) % 23];
            Arrays.fill(filler, "pier");
            String text = "The harbour was discussed. ".repeat(1 + (i * 5) % 7) + String.join(" ", filler);
            entries.add(VladivostokEntries.entry("intervention", i, text, "/meetings/1#intervention-" + i));
        }
        return VladivostokEntries.written(index, entries);
    }

    private static SearchForm form(int page) {
        return new SearchForm("harbour", null, null, null, null, null, page);
    }
}
