package plenary.search.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import plenary.institutions.InstitutionId;

/**
 * Applies the outbox to one index. Rows may commit out of the order of their ids (a long transaction takes an id
 * early and commits late), so each run reads again the last {@link #MARGIN} ids before its position and applies
 * those it has not applied yet. The position is committed with the entries, and with it the ids of that margin the
 * outbox did not hold yet (its gaps), so a process that dies between the two catches up from where its index
 * stands, and a restart applies again only what filled a gap since: not the whole margin, which at size L is a
 * thousand meetings of a hundred interventions each (minutes of re-indexing beside the first requests). An index
 * committed before gaps were kept applies the margin again (applying is idempotent: what changed is read again).
 */
public class Follower {

    static final long MARGIN = 1000;
    private static final int BATCH = 5000;

    private final SearchIndex index;
    private final Changes changes;
    private final Entries entries;
    private final MemorandumEntries memoranda;
    private final QueryAnalysis analysis;
    private final TreeSet<Long> applied = new TreeSet<>();
    private Map<InstitutionId, Integer> institutionVersions = Map.of();
    private volatile boolean missed;
    // Whether what the index applied before this follower (its margin but the gaps) is in {@code applied}.
    private boolean restored;

    public Follower(
            SearchIndex index, Changes changes, Entries entries, MemorandumEntries memoranda, QueryAnalysis analysis) {
        this.index = index;
        this.changes = changes;
        this.entries = entries;
        this.memoranda = memoranda;
        this.analysis = analysis;
    }

    /**
     * Applies what the index has not seen yet; returns how many rows that was. Where the outbox was pruned past the
     * index's position, the index missed changes and only a rebuild helps: {@link #missedPrunedChangesSeen()} says
     * so from then until a rebuild, though the position moves past the gap.
     */
    public int follow() {
        synchronized (index) {
            long position = index.position();
            if (!restored) {
                restore(position);
            }
            Changes.Batch batch = changes.after(Math.max(-1, position - MARGIN), BATCH);
            if (batch.prunedThrough() > 0 && position < batch.prunedThrough()) {
                missed = true;
            }
            List<Changes.Change> rows = batch.rows();
            Set<String> owners = new LinkedHashSet<>();
            long reached = position;
            int count = 0;
            for (Changes.Change row : rows) {
                reached = Math.max(reached, row.id());
                if (!applied.contains(row.id())) {
                    owners.add(row.kind() + ":" + row.ref());
                    count++;
                }
            }
            owners.forEach(this::apply);
            boolean institutionsChanged = followInstitutions();
            if (count > 0 || institutionsChanged || reached != position) {
                index.commit(reached, gaps(reached, rows));
            }
            rows.forEach(r -> applied.add(r.id()));
            applied.headSet(reached - MARGIN).clear();
            return count;
        }
    }

    /** Whether the outbox was pruned past this index's position: it missed changes, and only a rebuild helps. */
    public boolean missedPrunedChanges() {
        synchronized (index) {
            return index.position() < changes.prunedThrough();
        }
    }

    /**
     * Whether a {@link #follow()} since the last rebuild found the outbox pruned past the index's position: what the
     * poller learns from the outbox's own read, without asking the database again on each run.
     */
    public boolean missedPrunedChangesSeen() {
        return missed;
    }

    /** Forgets what was applied, after a rebuild started the index again. */
    void forget() {
        synchronized (index) {
            applied.clear();
            institutionVersions = Map.of();
            missed = false;
            restored = false;
        }
    }

    /** Takes the margin below the position as applied, but for the gaps the index kept (where it kept them). */
    private void restore(long position) {
        index.gaps().ifPresent(gaps -> {
            for (long id = firstOfMargin(position); id <= position; id++) {
                if (!gaps.contains(id)) {
                    applied.add(id);
                }
            }
        });
        restored = true;
    }

    /** The ids of the margin below {@code reached} that neither this run nor an earlier one found in the outbox. */
    private SortedSet<Long> gaps(long reached, List<Changes.Change> rows) {
        Set<Long> read = new HashSet<>();
        rows.forEach(r -> read.add(r.id()));
        SortedSet<Long> gaps = new TreeSet<>();
        for (long id = firstOfMargin(reached); id <= reached; id++) {
            if (!applied.contains(id) && !read.contains(id)) {
                gaps.add(id);
            }
        }
        return gaps;
    }

    /** The first id of the margin below a position: the outbox's ids start at 1. */
    static long firstOfMargin(long position) {
        return Math.max(1, position - MARGIN + 1);
    }

    private void apply(String owner) {
        int colon = owner.indexOf(':');
        String kind = owner.substring(0, colon);
        long ref = Long.parseLong(owner.substring(colon + 1));
        switch (kind) {
            case ChangeListener.MEETING -> index.replace(Entries.meetingOwner(ref), entries.meeting(ref));
            case ChangeListener.REPORT -> index.replace(Entries.reportOwner(ref), entries.report(ref));
            case ChangeListener.MEMORANDUM -> index.replace(MemorandumEntries.owner(ref), memoranda.of(ref));
            case ChangeListener.COMMENT -> index.replaceOne(MemorandumEntries.commentUid(ref), memoranda.comment(ref));
            default -> {
                // A kind a newer version of Plenary wrote: its rebuild indexes it.
            }
        }
    }

    private boolean followInstitutions() {
        Map<InstitutionId, Integer> versions = entries.institutionVersions();
        if (versions.equals(institutionVersions)) {
            return false;
        }
        index.replaceAll(
                new Term(Entry.KIND, "institution"),
                entries.institutions().values().stream().flatMap(List::stream).toList());
        analysis.refresh();
        institutionVersions = versions;
        return true;
    }
}
