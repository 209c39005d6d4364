package plenary.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumSummary;

/**
 * Builds the index again from the database: everything is read afresh from the modules' APIs. The position it
 * commits is the outbox's last row when it started, so that what changes while it reads is applied after it.
 */
public class Rebuild {

    private final SearchIndex index;
    private final Changes changes;
    private final Entries entries;
    private final MemorandumEntries memoranda;
    private final Follower follower;
    private volatile Progress progress = Progress.NEVER;

    public Rebuild(
            SearchIndex index, Changes changes, Entries entries, MemorandumEntries memoranda, Follower follower) {
        this.index = index;
        this.changes = changes;
        this.entries = entries;
        this.memoranda = memoranda;
        this.follower = follower;
    }

    /** How far the last rebuild went: things read of all, when it started and ended (null while it runs). */
    public record Progress(
            int done,
            int total,
            @Nullable Instant startedAt,
            @Nullable Instant endedAt) {

        static final Progress NEVER = new Progress(0, 0, null, null);

        public boolean running() {
            return startedAt != null && endedAt == null;
        }
    }

    public Progress progress() {
        return progress;
    }

    public void run() {
        synchronized (index) {
            Instant started = Instant.now();
            long position = changes.last();
            // Read with the position: a row below it that commits while the rebuild reads is applied after it.
            SortedSet<Long> gaps = changes.missing(Follower.firstOfMargin(position), position);
            Map<Long, Entries.Place> meetings = entries.places();
            Map<Long, String> institutionLabels = entries.institutionLabels();
            List<Long> reports = entries.publishedReports();
            List<MemorandumSummary> memoranda = this.memoranda.summaries();
            Map<Long, Entry.Facet> groups = this.memoranda.groups();
            int total = meetings.size() + reports.size() + memoranda.size() + 1;
            progress = new Progress(0, total, started, null);
            index.clear();
            int done = 0;
            for (long id : meetings.keySet()) {
                index.replace(Entries.meetingOwner(id), entries.meeting(id, institutionLabels));
                progress = new Progress(++done, total, started, null);
            }
            for (long id : reports) {
                index.replace(Entries.reportOwner(id), entries.report(id, meetings.get(id)));
                progress = new Progress(++done, total, started, null);
            }
            for (MemorandumSummary m : memoranda) {
                index.replace(
                        MemorandumEntries.owner(m.id().value()),
                        this.memoranda.of(m, groups.get(m.studyGroupId().value())));
                progress = new Progress(++done, total, started, null);
            }
            follower.forget();
            index.replaceAll(new Term(Entry.KIND, "institution"), List.of());
            index.commit(position, gaps);
            follower.follow();
            progress = new Progress(total, total, started, Instant.now());
        }
    }
}
