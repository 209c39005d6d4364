package plenary.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plenary.search.FacetView;
import plenary.search.SearchForm;
import plenary.search.SearchResults;

/**
 * A search that finds more than the facets are counted over estimates its counts from a sample and says so; one
 * that finds fewer counts every hit, exactly. The sample is made small here (eight) so that forty entries are many.
 */
class FacetSampleTests {

    static final Audience READER = new Audience(true, Set.of());

    @Test
    void aBroadSearchEstimatesItsFacetCountsFromASampleAndSaysSo(@TempDir Path folder) {
        try (SearchIndex index = harbourIndex(folder)) {
            SearchResults results =
                    new IndexSearch(index, QueryAnalysis.of(List.of()), 8).search(READER, form("harbour"));

            assertThat(results.total()).isEqualTo(40);
            assertThat(results.facetsEstimated()).isTrue();
            List<FacetView.Count> kinds = kinds(results);
            assertThat(kinds).allSatisfy(k -> assertThat(k.count()).isBetween(1, 40));
            // Eight drawn of forty, each counted as five: the estimates add up to about the forty found.
            assertThat(kinds.stream().mapToInt(FacetView.Count::count).sum()).isBetween(30, 50);
        }
    }

    @Test
    void aNarrowSearchCountsEveryHitExactly(@TempDir Path folder) {
        try (SearchIndex index = harbourIndex(folder)) {
            SearchResults results =
                    new IndexSearch(index, QueryAnalysis.of(List.of()), 8).search(READER, form("lighthouse"));

            assertThat(results.total()).isEqualTo(6);
            assertThat(results.facetsEstimated()).isFalse();
            assertThat(kinds(results))
                    .extracting(FacetView.Count::value, FacetView.Count::count)
                    .containsExactlyInAnyOrder(tuple("proposal", 4), tuple("intervention", 2));
        }
    }

    /** Thirty interventions and ten proposals on a harbour; two of the first, four of the second on its lighthouse. */
    private static SearchIndex harbourIndex(Path folder) {
        SearchIndex index = new SearchIndex(folder);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean proposal = i >= 30;
            boolean lighthouse = i == 3 || i == 17 || (proposal && i % 2 == 0 && i < 38);
            String kind = proposal ? "proposal" : "intervention";
            String text = "The harbour of Rajin" + (lighthouse ? " and its lighthouse" : "") + " was discussed.";
            entries.add(VladivostokEntries.entry(kind, i, text, "/meetings/1"));
        }
        return VladivostokEntries.written(index, entries);
    }

    private static List<FacetView.Count> kinds(SearchResults results) {
        return results.facets().stream()
                .filter(f -> f.name().equals(Entry.KIND))
                .findFirst()
                .orElseThrow()
                .values();
    }

    private static SearchForm form(String q) {
        return new SearchForm(q, null, null, null, null, null, null);
    }
}
