package plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.PlenaryIntegrationTest;
import plenary.circulation.AmendmentDecided;
import plenary.circulation.AmendmentDecision;
import plenary.circulation.AmendmentKind;
import plenary.circulation.AmendmentProposed;
import plenary.circulation.CirculationSent;
import plenary.circulation.CommentMade;
import plenary.circulation.SupportGiven;
import plenary.directory.CommitteeId;
import plenary.drafting.MemorandumId;
import plenary.drafting.MemorandumStarted;
import plenary.drafting.MemorandumVersionFrozen;
import plenary.endorsement.Answer;
import plenary.endorsement.Decision;
import plenary.endorsement.EndorsementRequested;
import plenary.endorsement.MemorandumEndorsed;
import plenary.endorsement.MemorandumPublished;
import plenary.endorsement.MemorandumSubmitted;
import plenary.endorsement.SteeringCommitteeDecided;
import plenary.studygroups.StudyGroupId;

/**
 * The road of a memorandum goes into the audit log under the memorandum, in the words its history page shows: each
 * event committed is one entry, after the transaction that announced it.
 */
@PlenaryIntegrationTest
class MemorandumTrailTests {

    /** Memorandum ids of this test alone, far beyond any the shared context gives, so that entries are its own. */
    private static final AtomicLong IDS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog log;

    @Autowired
    EventSerializer serializer;

    @Test
    void eachStepOfTheRoadIsAnEntryAboutTheMemorandum() {
        MemorandumId memorandum = new MemorandumId(IDS.incrementAndGet());
        List<Object> road = List.of(
                new CirculationSent(7, memorandum, 2, Instant.parse("2012-03-01T12:00:00Z"), 3, "cochair", at(1)),
                new CommentMade(7, memorandum, 11, "para_3", "representative", false, at(2)),
                new AmendmentProposed(
                        7, memorandum, 12, AmendmentKind.REPLACE, "para_3", "representative", true, at(3)),
                new AmendmentDecided(7, memorandum, 12, AmendmentDecision.KEEP_OPEN, "para_3", "cochair", at(4)),
                new SupportGiven(memorandum, "para_3", new CommitteeId(5), 12L, "representative", at(5)),
                new MemorandumEndorsed(
                        memorandum,
                        3,
                        new CommitteeId(5),
                        Answer.ENDORSES_WITH_RESERVATION,
                        "Not on 3.1",
                        "para_1",
                        "representative",
                        at(6)),
                new MemorandumSubmitted(
                        memorandum, 3, "Steering Committee", LocalDate.of(2012, 6, 1), "cochair", at(7)),
                new SteeringCommitteeDecided(memorandum, Decision.APPROVED, null, "steering", at(8)),
                new MemorandumPublished(memorandum, new StudyGroupId(1), 4, LocalDate.of(2012, 7, 1), "admin", at(9)));
        // One step after another, as people take them: the listeners run asynchronously, so events published at
        // the same instant may be appended in any order.
        for (int step = 0; step < road.size(); step++) {
            Object event = road.get(step);
            transactions.executeWithoutResult(status -> events.publishEvent(event));
            int taken = step + 1;
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> entries(memorandum).size() == taken);
        }
        assertThat(entries(memorandum))
                .containsExactly(
                        "cochair memorandum-circulated version 2 to 3 recipients, until 2012-03-01T12:00:00Z",
                        "representative memorandum-commented on paragraph para_3 in circulation 7",
                        "representative amendment-proposed replace paragraph para_3 (amendment 12, circulation 7), late",
                        "cochair amendment-decided amendment 12 to paragraph para_3: keep open",
                        "representative support-given committee 5 supports amendment 12 in bracket para_3",
                        "representative memorandum-endorsed committee 5: endorses with reservation version 3,"
                                + " reservation: Not on 3.1",
                        "cochair memorandum-submitted version 3 to Steering Committee on 2012-06-01",
                        "steering steering-committee-decided approved",
                        "admin memorandum-published no. 4, 2012-07-01");
    }

    @Test
    void aHistoryTakenInOneTransactionReadsInTheOrderItWasTaken() {
        MemorandumId memorandum = new MemorandumId(IDS.incrementAndGet());
        StudyGroupId group = new StudyGroupId(1);
        List<Object> road = List.of(
                new MemorandumStarted(memorandum, group, "Road", true, "cochair", at(1)),
                new MemorandumVersionFrozen(memorandum, group, 1, "First", "cochair", at(2)),
                new MemorandumVersionFrozen(memorandum, group, 2, "Second", "cochair", at(3)),
                new CirculationSent(8, memorandum, 2, Instant.parse("2012-03-01T12:00:00Z"), 2, "cochair", at(4)),
                new CommentMade(8, memorandum, 21, "para_1", "representative", false, at(5)),
                new CommentMade(8, memorandum, 22, "para_2", "representative", false, at(6)),
                new AmendmentProposed(
                        8, memorandum, 23, AmendmentKind.DELETE, "para_2", "representative", false, at(7)),
                new AmendmentDecided(8, memorandum, 23, AmendmentDecision.ACCEPT, "para_2", "cochair", at(8)),
                new MemorandumVersionFrozen(memorandum, group, 3, "Third", "cochair", at(9)),
                new EndorsementRequested(memorandum, group, 3, "cochair", at(10)));
        // As the demo record is loaded: every step in one transaction, so that the listeners run at once after its
        // commit, each on a thread of its own, and append the entries in any order.
        transactions.executeWithoutResult(status -> road.forEach(events::publishEvent));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> entries(memorandum).size() == road.size());

        List<AuditEntry> history = log.about("memorandum " + memorandum);
        assertThat(history)
                .extracting(AuditEntry::detail)
                .containsExactly(
                        "“Road” of study group 1, drafted from the record",
                        "version 1: First",
                        "version 2: Second",
                        "version 2 to 2 recipients, until 2012-03-01T12:00:00Z",
                        "on paragraph para_1 in circulation 8",
                        "on paragraph para_2 in circulation 8",
                        "delete paragraph para_2 (amendment 23, circulation 8)",
                        "amendment 23 to paragraph para_2: accept",
                        "version 3: Third",
                        "of version 3");
        // The time of each entry is its event's, to the microsecond the database keeps.
        assertThat(history.get(0).at()).isEqualTo(Instant.parse("2026-11-30T09:01:00.123456Z"));
        assertThat(history.get(9).at()).isEqualTo(Instant.parse("2026-11-30T09:10:00.123456Z"));
        String head = log.head();
        assertThat(AuditChain.firstBroken(log.all(), head)).isEmpty();
    }

    @Test
    void anEventWithoutItsTimeIsAnEntryAboutTheTimeItIsAppended() {
        MemorandumId memorandum = new MemorandumId(IDS.incrementAndGet());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // As an event an earlier version of Plenary left in the event publication registry is read back.
        transactions.executeWithoutResult(status -> events.publishEvent(
                new MemorandumStarted(memorandum, new StudyGroupId(1), "Old", false, "cochair", null)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> entries(memorandum).size() == 1);

        assertThat(log.about("memorandum " + memorandum))
                .singleElement()
                .extracting(AuditEntry::at)
                .satisfies(at -> assertThat(at).isBetween(before, Instant.now()));
    }

    @Test
    void anEventAnEarlierVersionStoredWithoutItsTimeIsReadBackWithNone() {
        MemorandumVersionFrozen stored = serializer.deserialize("""
                {"memorandumId":12,"studyGroupId":1,"number":2,"note":"Second","by":"cochair"}""", MemorandumVersionFrozen.class);

        assertThat(stored)
                .isEqualTo(new MemorandumVersionFrozen(
                        new MemorandumId(12), new StudyGroupId(1), 2, "Second", "cochair", null));
    }

    /** The time of the road's step, minutes into a morning, with more than the microseconds the database keeps. */
    private static Instant at(int minute) {
        return Instant.parse("2026-11-30T09:00:00.123456789Z").plus(Duration.ofMinutes(minute));
    }

    private List<String> entries(MemorandumId memorandum) {
        return jdbc.sql("SELECT actor, action, detail FROM audit_entry WHERE subject = ? ORDER BY id")
                .param("memorandum " + memorandum)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }
}
