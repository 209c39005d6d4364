package plenary.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The analyzer of queries, with the institutions' names as synonyms as they were last read. */
@Component
public class QueryAnalysis {

    private final Entries entries;
    private volatile @Nullable Analyzer analyzer;

    public QueryAnalysis(Entries entries) {
        this.entries = entries;
    }

    public Analyzer analyzer() {
        Analyzer current = analyzer;
        if (current == null) {
            current = Analysis.query(entries.names());
            analyzer = current;
        }
        return current;
    }

    /** Reads the institutions' names again, after they changed. */
    public void refresh() {
        analyzer = Analysis.query(entries.names());
    }
}
