package plenary.search.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import plenary.institutions.InstitutionId;

/**
 * Applies the outbox to one index. Rows may commit out of the order of their ids (a long transaction takes an id
 * early and commits late), so each run reads again the last {@link #MARGIN} ids before its position and applies
 * those it has not applied yet; applying is idempotent (what changed is read again from the database), so a
 * restart, which forgets what it applied, only applies the margin twice. The position is committed with the
 * entries, so a process that dies between the two catches up from where its index stands.
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
                index.commit(reached);
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
        }
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
