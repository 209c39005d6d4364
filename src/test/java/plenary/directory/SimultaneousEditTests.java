package plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;
import plenary.kernel.StaleEdit;

/**
 * Thirty people save an edit of the same version at the same moment: one edit is saved, and every other one is
 * refused as stale with the record as it now stands, however the race between them fell out.
 */
@PlenaryIntegrationTest
class SimultaneousEditTests {

    private static final int EDITORS = 30;
    private static final int ROUNDS = 5;

    @Autowired
    CommitteeRecords committees;

    @Test
    void ofSimultaneousEditsOneIsSavedAndEveryOtherIsStaleWithTheCurrentRecord() throws Exception {
        CommitteeView committee = CurrentAccount.asSystem(() -> committees.create(new CommitteeForm(
                "CSCAP-Race " + UUID.randomUUID().toString().substring(0, 8),
                "CR",
                CommitteeKind.MEMBER_COMMITTEE,
                null,
                null)));
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                committee = oneRound(editors, committee);
            }
        } finally {
            editors.shutdownNow();
        }
    }

    private CommitteeView oneRound(ExecutorService editors, CommitteeView before) throws Exception {
        CyclicBarrier together = new CyclicBarrier(EDITORS);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            CommitteeForm edit = new CommitteeForm(before.name(), "E" + e, before.kind(), null, before.version());
            outcomes.add(editors.submit(() -> {
                together.await();
                try {
                    return CurrentAccount.asSystem(
                            () -> committees.update(before.id().value(), edit));
                } catch (StaleEdit stale) {
                    return stale;
                }
            }));
        }
        List<CommitteeView> saved = new ArrayList<>();
        List<StaleEdit> refused = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            Object result = outcome.get(); // any other exception fails the test here
            if (result instanceof CommitteeView view) {
                saved.add(view);
            } else {
                refused.add((StaleEdit) result);
            }
        }
        assertThat(saved).hasSize(1);
        assertThat(refused)
                .hasSize(EDITORS - 1)
                .allSatisfy(stale -> assertThat(stale.current()).isEqualTo(saved.get(0)));
        return saved.get(0);
    }
}
