package plenary.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import plenary.search.SearchForm;
import plenary.search.SearchResults;
import plenary.search.internal.Entry.Facet;

/**
 * Search over a generated corpus of 100,000 interventions (200 meetings of 20 study groups, half of them under a
 * non-attribution rule, each entry with its described and named forms), without Spring or a database: the time of
 * one search as a reader who sees some meetings' names (words, a phrase, a prefix, an institution's acronym, with
 * facet counts and snippets), sampled for its 95th percentile; and the time to write the whole index again.
 * Targets: p95 under 15 ms; a rebuild under 60 s. {@value #INDEX} names an index to search instead of the generated
 * one.
 */
@State(Scope.Benchmark)
@Fork(1)
public class SearchBenchmarks {

    static final int INTERVENTIONS = 100_000;
    static final int MEETINGS = 200;
    private static final String[] WORDS = ("multilateral security governance northeast asia institution process "
                    + "denuclearization peninsula confidence building energy pipeline cooperation dialogue summit "
                    + "forum regional architecture maritime disaster relief nuclear talks framework mechanism norms "
                    + "rules trust transparency military exercise economic integration trade corridor railway port "
                    + "humanitarian assistance environment fisheries boundary arrangement secretariat committee "
                    + "participant expert proposal assessment concern argued stressed suggested questioned evaluated")
            .split(" ");
    private static final List<List<String>> NAMES = List.of(
            List.of("Six Party Talks", "6PT", "SPT"),
            List.of("ASEAN Regional Forum", "ARF"),
            List.of("East Asia Summit", "EAS"),
            List.of("Korean Peninsula Energy Development Organization", "KEDO"));
    private static final String[] QUERIES = {
        "pipeline cooperation", "\"confidence building\"", "denuclear*", "SPT", "maritime AND disaster", "railway port"
    };

    /**
     * The environment's name for a search index to search instead of the generated one (a copy of an instance's
     * {@code search} folder, such as size L's: the benchmark holds its write lock while it runs).
     */
    static final String INDEX = "PLENARY_SEARCH_INDEX";

    private @Nullable Path folder;
    private SearchIndex index;
    private IndexSearch search;
    private Audience reader;
    private int next;

    @Setup(Level.Trial)
    public void build() throws IOException {
        String given = System.getenv().getOrDefault(INDEX, "");
        if (given.isBlank()) {
            folder = Files.createTempDirectory("plenary-search-benchmark");
            index = new SearchIndex(folder);
            write(index);
        } else {
            index = new SearchIndex(Path.of(given));
        }
        search = new IndexSearch(index, QueryAnalysis.of(NAMES));
        reader = new Audience(true, Set.of("person:7", "group:3"));
    }

    static void write(SearchIndex index) {
        Random random = new Random(12);
        int perMeeting = INTERVENTIONS / MEETINGS;
        for (int m = 0; m < MEETINGS; m++) {
            int group = m % 20;
            boolean restricted = m % 2 == 0;
            Facet groupFacet = new Facet(Integer.toString(group), "Study group " + group);
            Facet meeting = new Facet(Integer.toString(m), "City " + m + " " + (2000 + m % 25));
            List<Entry> entries = new ArrayList<>(perMeeting);
            for (int i = 0; i < perMeeting; i++) {
                String summary = sentence(random);
                String speaker = "Speaker" + random.nextInt(5000) + " Name" + random.nextInt(5000);
                int institution = random.nextInt(NAMES.size());
                String text = (restricted ? "A Russian participant" : speaker) + ": " + summary + " "
                        + NAMES.get(institution).get(0) + ".";
                entries.add(new Entry(
                        "intervention:" + m + ":" + i,
                        Entries.meetingOwner(m),
                        "intervention",
                        "Session " + (1 + i % 4) + ": theme of the session",
                        text,
                        restricted ? speaker + ": " + summary : null,
                        restricted
                                ? Set.of("secretariat", "group:" + group, "person:" + random.nextInt(100))
                                : Set.of(),
                        false,
                        "/meetings/interventions/" + (m * perMeeting + i),
                        groupFacet,
                        meeting,
                        2000 + m % 25,
                        List.of(new Facet(
                                Integer.toString(institution),
                                NAMES.get(institution).get(1)))));
            }
            index.replace(Entries.meetingOwner(m), entries);
        }
        index.commit(INTERVENTIONS, Collections.emptySortedSet());
    }

    private static String sentence(Random random) {
        StringBuilder words = new StringBuilder();
        int length = 25 + random.nextInt(20);
        for (int w = 0; w < length; w++) {
            words.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return words.toString();
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        index.close();
        if (folder != null) {
            delete(folder);
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One search, the queries taken in turn: ranked, counted by facet, the page's snippets highlighted. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public SearchResults search() {
        String q = QUERIES[next++ % QUERIES.length];
        return search.search(reader, new SearchForm(q, null, null, null, null, null, null));
    }

    /** The whole index written again into a new folder: 100,000 entries, committed. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long rebuild() throws IOException {
        Path other = Files.createTempDirectory("plenary-search-rebuild");
        try (SearchIndex fresh = new SearchIndex(other)) {
            write(fresh);
            return fresh.position();
        } finally {
            delete(other);
        }
    }
}
