package plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import plenary.endorsement.Answer;
import plenary.endorsement.Decision;
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
