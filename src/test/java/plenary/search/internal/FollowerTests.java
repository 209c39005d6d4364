package plenary.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CommitteeId;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Subjects;
import plenary.search.SearchForm;
import plenary.search.SearchResults;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;
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
            // The index is away while the change grows old and is pruned.
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
            new Rebuild(index, changes, entries, memoranda, follower).run();
            assertThat(found(index, "Amur Blagoveshchensk")).isEqualTo(1);
            assertThat(follower.missedPrunedChanges()).isFalse();
        }
    }

    private void meetingSaying(String summary) {
        CurrentAccount.asSystem(() -> {
            long group = siblingOfTheDemoGroup();
            long meeting = meetings.create(new MeetingForm(
                            group,
                            200 + (int) (System.nanoTime() % 1000),
                            null,
                            LocalDate.of(2014, 9, 1),
                            null,
                            "Rason",
                            Nationality.RU,
                            null,
                            10,
                            4,
                            AttendanceQualifier.MORE_THAN,
                            false,
                            AttributionRule.NONE,
                            null))
                    .id()
                    .value();
            long session = sessions.create(
                            new MeetingId(meeting),
                            new SessionForm(1, "Corridors", List.of("reviewed the corridors"), null, null))
                    .id();
            return interventions.create(
                    new MeetingId(meeting),
                    new InterventionForm(
                            session,
                            null,
                            null,
                            InterventionKind.CONCERN,
                            summary,
                            null,
                            null,
                            Subjects.none(),
                            List.of(),
                            null,
                            null));
        });
    }

    // A group led by the demo group's co-chairs and rapporteurs, so that they keep the meeting a test adds, without
    // adding it to the demo's group, whose three meetings other tests count.
    private long siblingOfTheDemoGroup() {
        StudyGroupView demo = studyGroups.all().stream()
                .filter(g -> g.title().startsWith("CSCAP Study Group on Multilateral Security Governance"))
                .findFirst()
                .orElseThrow();
        return groupRecords
                .create(new StudyGroupForm(
                        "Sibling of the demo group " + System.nanoTime(),
                        null,
                        StudyGroupStatus.ACTIVE,
                        null,
                        demo.coChairIds().stream().map(PersonId::value).toList(),
                        demo.rapporteurIds().stream().map(PersonId::value).toList(),
                        demo.committeeIds().stream().map(CommitteeId::value).toList(),
                        null,
                        null))
                .id()
                .value();
    }
}
