package plenary.search.internal;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The analyzer of queries, with the institutions' names as synonyms as they were last read. */
@Component
public class QueryAnalysis {

    private final Supplier<List<List<String>>> names;
    private volatile @Nullable Analyzer analyzer;

    @Autowired
    public QueryAnalysis(Entries entries) {
        this(entries::names);
    }

    private QueryAnalysis(Supplier<List<List<String>>> names) {
        this.names = names;
    }

    /** Synonyms from these names, for ever (benchmarks, tests). */
    public static QueryAnalysis of(List<List<String>> names) {
        return new QueryAnalysis(() -> names);
    }

    public Analyzer analyzer() {
        Analyzer current = analyzer;
        if (current == null) {
            current = Analysis.query(names.get());
            analyzer = current;
        }
        return current;
    }

    /** Reads the institutions' names again, after they changed. */
    public void refresh() {
        analyzer = Analysis.query(names.get());
    }
}
