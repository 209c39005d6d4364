package plenary.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import plenary.PlenaryIntegrationTest;
import plenary.StatementCount;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingRecords;
import plenary.meetings.SessionRecords;
import plenary.search.SearchForm;
import plenary.search.SearchResults;
import plenary.search.SiblingMeetings;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroups;

/**
 * The index follows the database through the outbox: a change is found once the poller ran, a change an index
 * closed before applying is applied when it opens again, two indexes follow the one table each on its own, a
 * rebuild reads everything afresh, and an index that was away while the outbox was pruned knows it.
 */
@PlenaryIntegrationTest
class FollowerTests {

    static final Audience READER = new Audience(true, Set.of());

    @Autowired
    Changes changes;

    @Autowired
    JdbcClient db;

    @Autowired
    Follower applicationsFollower;

    @Autowired
    Entries entries;

    @Autowired
    MemorandumEntries memoranda;

    @Autowired
    QueryAnalysis analysis;

    @Autowired
    MeetingRecords meetings;

    @Autowired
    StudyGroupRecords groupRecords;

    @Autowired
    SessionRecords sessions;

    @Autowired
    InterventionRecords interventions;

    @Autowired
    StudyGroups studyGroups;

    @Autowired
    SearchSchedule schedule;

    Follower follower(SearchIndex index) {
        return new Follower(index, changes, entries, memoranda, analysis);
    }

    long found(SearchIndex index, String q) {
        SearchResults results =
                new IndexSearch(index, analysis).search(READER, new SearchForm(q, null, null, null, null, null, null));
        return results.total();
    }

    @Test
    void aChangeIsFoundOnceThePollerRan(@TempDir Path folder) {
        try (SearchIndex index = new SearchIndex(folder)) {
            Follower follower = follower(index);
            follower.follow();
            meetingSaying("The port of Rajin was leased for fifty years.");
            assertThat(found(index, "Rajin leased")).isZero();
            assertThat(follower.follow()).isPositive();
            assertThat(found(index, "Rajin leased")).isEqualTo(1);
            assertThat(index.position()).isEqualTo(changes.last());
        }
    }

    @Test
    void aChangeLostWhenTheIndexClosedIsAppliedWhenItOpensAgain(@TempDir Path folder) {
        long before;
        try (SearchIndex index = new SearchIndex(folder)) {
            follower(index).follow();
            before = index.position();
            meetingSaying("A ferry line from Sokcho to Vanino was proposed.");
            // The process dies here: the change is committed to the database, never to the index.
        }
        try (SearchIndex reopened = new SearchIndex(folder)) {
            assertThat(reopened.created()).isFalse();
            assertThat(reopened.position()).isEqualTo(before);
            assertThat(found(reopened, "Sokcho ferry")).isZero();
            follower(reopened).follow();
            assertThat(found(reopened, "Sokcho ferry")).isEqualTo(1);
        }
    }

    @Test
    void anIndexOpenedAgainAppliesNothingItHadAppliedBefore(@TempDir Path folder) {
        try (SearchIndex index = new SearchIndex(folder)) {
            follower(index).follow();
            meetingSaying("A container terminal at Zarubino was planned.");
            assertThat(follower(index).follow()).isPositive();
        }
        try (SearchIndex reopened = new SearchIndex(folder)) {
            // The margin it reads again at every run holds those rows: applied before, they are not applied again.
            assertThat(follower(reopened).follow()).isZero();
            assertThat(found(reopened, "Zarubino terminal")).isEqualTo(1);
        }
    }

    @Test
    void rowsThatCommitLateBelowThePositionAreAppliedAfterARestartAndOnlyThey(@TempDir Path folder) {
        List<Map<String, Object>> late;
        try (SearchIndex index = new SearchIndex(folder)) {
            follower(index).follow();
            long before = changes.last();
            meetingSaying("Quokkaport was named the hub of the corridor.");
            // As if the transaction that wrote these rows had taken their ids and not committed yet: a gap.
            late = db.sql("SELECT id, kind, ref, changed_at FROM search_change WHERE id > :before")
                    .param("before", before)
                    .query()
                    .listOfRows();
            db.sql("DELETE FROM search_change WHERE id > :before")
                    .param("before", before)
                    .update();
            meetingSaying("A second meeting was held after the gap.");
            follower(index).follow();
            assertThat(index.position()).isGreaterThan(before + late.size());
            assertThat(found(index, "Quokkaport")).isZero();
        }
        // The transaction commits now, its rows below the position the index reached.
        for (Map<String, Object> row : late) {
            db.sql("INSERT INTO search_change (id, kind, ref, changed_at) VALUES (:id, :kind, :ref, :changed_at)")
                    .params(row)
                    .update();
        }
        try (SearchIndex reopened = new SearchIndex(folder)) {
            assertThat(follower(reopened).follow()).isEqualTo(late.size());
            assertThat(found(reopened, "Quokkaport")).isEqualTo(1);
        }
    }

    @Test
    void twoIndexesFollowTheOneTableEachOnItsOwn(@TempDir Path first, @TempDir Path second) {
        try (SearchIndex one = new SearchIndex(first);
                SearchIndex two = new SearchIndex(second)) {
            follower(one).follow();
            meetingSaying("Tumen river navigation rights were discussed.");
            follower(one).follow();
            assertThat(found(one, "Tumen navigation")).isEqualTo(1);
            assertThat(found(two, "Tumen navigation")).isZero();
            follower(two).follow();
            assertThat(found(two, "Tumen navigation")).isEqualTo(1);
            assertThat(one.position()).isEqualTo(two.position());
        }
    }

    @Test
    void aRebuildReadsEverythingFromTheDatabaseAndSaysHowFarItGot(@TempDir Path folder) {
        meetingSaying("Hasan railway station was rebuilt for the link.");
        try (SearchIndex index = new SearchIndex(folder)) {
            Follower follower = follower(index);
            Rebuild rebuild = new Rebuild(index, changes, entries, memoranda, follower);
            assertThat(rebuild.progress().running()).isFalse();
            rebuild.run();
            Rebuild.Progress done = rebuild.progress();
            assertThat(done.done()).isEqualTo(done.total()).isPositive();
            assertThat(done.endedAt()).isNotNull();
            assertThat(found(index, "Hasan railway")).isEqualTo(1);
            assertThat(found(index, "\"gas pipeline\"")).isPositive();
            assertThat(index.position()).isEqualTo(changes.last());
        }
    }

    @Test
    void anIndexBehindThePrunedOutboxKnowsItMustBeRebuiltAndTheRebuildCatchesItUp(@TempDir Path folder) {
        try (SearchIndex index = new SearchIndex(folder)) {
            Follower follower = follower(index);
            follower.follow();
            assertThat(follower.missedPrunedChanges()).isFalse();
            meetingSaying("A bridge over the Amur at Blagoveshchensk was opened.");
            // The application's own index, which the other tests search, applies the change before it is pruned.
            applicationsFollower.follow();
            // This index is away while the change grows old and is pruned.
            db.sql("UPDATE search_change SET changed_at = :old WHERE id > :position")
                    .param("old", OffsetDateTime.now(ZoneOffset.UTC).minusDays(30))
                    .param("position", index.position())
                    .update();
            long last = changes.last();

            assertThat(changes.prune(Instant.now().minus(Duration.ofDays(7)))).isPositive();

            assertThat(changes.prunedThrough()).isEqualTo(last);
            assertThat(db.sql("SELECT COUNT(*) FROM search_change WHERE id <= :last")
                            .param("last", last)
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(follower.missedPrunedChanges()).isTrue();
            follower.follow();
            assertThat(found(index, "Amur Blagoveshchensk")).isZero();
            // The poller learns it from its own read of the outbox, and goes on knowing it until a rebuild.
            assertThat(follower.missedPrunedChangesSeen()).isTrue();
            follower.follow();
            assertThat(follower.missedPrunedChangesSeen()).isTrue();
            new Rebuild(index, changes, entries, memoranda, follower).run();
            assertThat(found(index, "Amur Blagoveshchensk")).isEqualTo(1);
            assertThat(follower.missedPrunedChanges()).isFalse();
            assertThat(follower.missedPrunedChangesSeen()).isFalse();
        }
    }

    @Test
    void aRunOfThePollerReadsTheOutboxAndHowFarItWasPrunedInOneStatement() throws Exception {
        applicationsFollower.follow();
        meetingSaying("A cable car over the Tumen was planned.");

        StatementCount.Statements run = StatementCount.of(schedule::follow);

        assertThat(run.sql()).filteredOn(s -> s.contains("search_change")).hasSize(1);
        assertThat(applicationsFollower.missedPrunedChangesSeen()).isFalse();
    }

    @Test
    void anInstitutionEditedIsFoundUnderItsNewNameOnceThePollerRan(@TempDir Path folder) {
        long id = db.sql("SELECT MIN(id) FROM institution").query(Long.class).single();
        String name = db.sql("SELECT name FROM institution WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        try (SearchIndex index = new SearchIndex(folder)) {
            Follower follower = follower(index);
            follower.follow();
            rename(id, "Quokkagrad Consultative Forum");
            assertThat(found(index, "Quokkagrad")).isZero();
            follower.follow();
            assertThat(found(index, "Quokkagrad")).isEqualTo(1);
        } finally {
            rename(id, name);
        }
    }

    private void rename(long institution, String name) {
        db.sql("UPDATE institution SET name = :name, version = version + 1 WHERE id = :id")
                .param("name", name)
                .param("id", institution)
                .update();
    }

    @Test
    void aRunWithNothingNewAsksWhetherTheInstitutionsChangedInOneStatement() throws Exception {
        applicationsFollower.follow();

        StatementCount.Statements idle = StatementCount.of(schedule::follow);

        // The outbox, and the institutions' ids and versions: not every institution with its five collections.
        assertThat(idle.count()).isLessThanOrEqualTo(2);
        assertThat(idle.sql()).filteredOn(s -> s.contains("institution")).hasSize(1);
    }

    private void meetingSaying(String summary) {
        new SiblingMeetings(studyGroups, groupRecords, meetings, sessions, interventions).meetingSaying(summary);
    }
}
