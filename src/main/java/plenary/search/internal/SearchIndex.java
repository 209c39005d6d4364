package plenary.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One instance's Lucene index in its folder: entries replaced by owner, and the position in the outbox up to which
 * they were applied, kept in the commit's user data so that it is written at the same moment as the entries.
 */
public final class SearchIndex implements Closeable {

    static final String POSITION = "position";
    static final String GAPS = "gaps";

    private final Path folder;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = Entry.facetsConfig();
    private final boolean created;
    private final AtomicLong written = new AtomicLong();

    public SearchIndex(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            created = !DirectoryReader.indexExists(directory);
            IndexWriterConfig config = new IndexWriterConfig(Analysis.index());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            if (created) {
                writer.setLiveCommitData(Map.of(POSITION, "-1", GAPS, "").entrySet());
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index in " + folder + " could not be opened", e);
        }
    }

    /** Whether this index was made empty when opened, and so has everything to learn. */
    public boolean created() {
        return created;
    }

    public Path folder() {
        return folder;
    }

    /** The last outbox row applied, or -1 before any. */
    public synchronized long position() {
        return Long.parseLong(commitData().getOrDefault(POSITION, "-1"));
    }

    /**
     * The ids below the position that the outbox did not hold when it was committed (a transaction that took its id
     * and had not committed yet, or rolled back); empty when the index does not say (one committed before it kept
     * them), for the caller cannot tell those apart from none.
     */
    public synchronized Optional<SortedSet<Long>> gaps() {
        String gaps = commitData().get(GAPS);
        if (gaps == null) {
            return Optional.empty();
        }
        SortedSet<Long> ids = new TreeSet<>();
        for (String id : gaps.split(",")) {
            if (!id.isEmpty()) {
                ids.add(Long.parseLong(id));
            }
        }
        return Optional.of(ids);
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Replaces everything an owner had in the index with these entries (none: it is gone). */
    public synchronized void replace(String owner, Collection<Entry> entries) {
        try {
            writer.deleteDocuments(new Term(Entry.OWNER, owner));
            for (Entry entry : entries) {
                add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one entry of this uid with this one (none: it is gone), leaving its owner's others as they are. */
    public synchronized void replaceOne(String uid, Optional<Entry> entry) {
        try {
            writer.deleteDocuments(new Term(Entry.UID, uid));
            if (entry.isPresent()) {
                add(entry.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many entries were written into the index since it was opened: what following the outbox cost it. */
    public long written() {
        return written.get();
    }

    private void add(Entry entry) throws IOException {
        writer.addDocument(facets.build(entry.document()));
        written.incrementAndGet();
    }

    /** Replaces every entry a term finds (all institutions) with these. */
    public synchronized void replaceAll(Term term, Collection<Entry> entries) {
        try {
            writer.deleteDocuments(term);
            for (Entry entry : entries) {
                add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index, for a rebuild. */
    public synchronized void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes what was replaced durable, with the outbox position it reaches and the ids below it not seen yet, and
     * visible to searches.
     */
    public synchronized void commit(long position, SortedSet<Long> gaps) {
        try {
            String unseen = gaps.stream().map(String::valueOf).collect(Collectors.joining(","));
            writer.setLiveCommitData(
                    Map.of(POSITION, Long.toString(position), GAPS, unseen).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a search on the latest committed view of the index. */
    public <T> T read(Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FacetsConfig facets() {
        return facets;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A search that may fail as Lucene's do. */
    @FunctionalInterface
    public interface Reading<T> {
        T on(IndexSearcher searcher) throws IOException;
    }
}
