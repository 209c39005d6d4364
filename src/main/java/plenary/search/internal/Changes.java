package plenary.search.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The search index's outbox: the table {@code search_change}, written with each change and read by the pollers. */
@Component
public class Changes {

    /** The kind of the row that carries the pruned mark in {@link #after}: no change is of it. */
    private static final String PRUNED = "(pruned)";

    private final JdbcClient jdbc;
    private final Clock clock;

    public Changes(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** A change, as a row of the outbox: what kind of thing changed, and its id. */
    public record Change(long id, String kind, long ref) {}

    /** Records a change, in the transaction of whoever calls (the change's own). */
    public void record(String kind, long ref) {
        jdbc.sql("INSERT INTO search_change (kind, ref, changed_at) VALUES (:kind, :ref, :at)")
                .param("kind", kind)
                .param("ref", ref)
                .param("at", OffsetDateTime.now(clock))
                .update();
    }

    /** Rows of the outbox after an id, in order, and the last id pruned when they were read. */
    public record Batch(List<Change> rows, long prunedThrough) {}

    /**
     * The rows after an id, in order, at most {@code limit}, and the last id pruned, in one statement: a poller asks
     * both on each run (every two seconds), and the mark rides on the rows as one more row of a kind of its own.
     */
    public Batch after(long id, int limit) {
        List<Change> read = jdbc.sql("SELECT id, kind, ref FROM"
                        + " (SELECT id, kind, ref FROM search_change WHERE id > :id ORDER BY id LIMIT :limit) AS r"
                        + " UNION ALL SELECT 0, '" + PRUNED
                        + "', COALESCE(MAX(through_id), 0) FROM search_change_pruned")
                .param("id", id)
                .param("limit", limit)
                .query(Change.class)
                .list();
        long prunedThrough = 0;
        List<Change> rows = new ArrayList<>(read.size());
        for (Change row : read) {
            if (row.kind().equals(PRUNED)) {
                prunedThrough = row.ref();
            } else {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingLong(Change::id));
        return new Batch(rows, prunedThrough);
    }

    /**
     * Deletes the rows changed before this instant, once every index had ample time to apply them; returns how
     * many. The mark of how far the table was pruned is raised first, so that a failure between the two leaves
     * rows an index may apply again (harmless) rather than rows gone unmarked.
     */
    public int prune(Instant before) {
        OffsetDateTime cutoff = before.atOffset(ZoneOffset.UTC);
        long through = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_change WHERE changed_at < :before")
                .param("before", cutoff)
                .query(Long.class)
                .single();
        if (through == 0) {
            return 0;
        }
        jdbc.sql("INSERT INTO search_change_pruned (through_id, pruned_at) VALUES (:through, :at)")
                .param("through", through)
                .param("at", OffsetDateTime.now(clock))
                .update();
        return jdbc.sql("DELETE FROM search_change WHERE id <= :through")
                .param("through", through)
                .update();
    }

    /** The last id pruned: an index whose position is below it missed changes. */
    public long prunedThrough() {
        return jdbc.sql("SELECT COALESCE(MAX(through_id), 0) FROM search_change_pruned")
                .query(Long.class)
                .single();
    }

    /** The ids from {@code from} through {@code through} that the table does not hold (not committed yet, or never). */
    public SortedSet<Long> missing(long from, long through) {
        Set<Long> held = new HashSet<>(jdbc.sql("SELECT id FROM search_change WHERE id BETWEEN :from AND :through")
                .param("from", from)
                .param("through", through)
                .query(Long.class)
                .list());
        SortedSet<Long> missing = new TreeSet<>();
        for (long id = from; id <= through; id++) {
            if (!held.contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** The last row's id, or the last pruned where the table holds none after it; 0 for none ever. */
    public long last() {
        return jdbc.sql("SELECT GREATEST(COALESCE(MAX(id), 0),"
                        + " (SELECT COALESCE(MAX(through_id), 0) FROM search_change_pruned)) FROM search_change")
                .query(Long.class)
                .single();
    }
}
