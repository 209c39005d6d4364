package plenary.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecurringWorkTests {

    /** Counts its runs, and lets a test wait for a number of them. */
    private static final class Counted extends RecurringWork {

        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch three = new CountDownLatch(3);
        volatile String thread = "";

        Counted(Duration interval) {
            super("counted", interval);
        }

        @Override
        public void run() {
            thread = Thread.currentThread().getName();
            runs.incrementAndGet();
            three.countDown();
        }
    }

    @Test
    void runsAgainAfterEachIntervalOnAThreadOfItsOwnUntilStopped() throws Exception {
        Counted work = new Counted(Duration.ofMillis(10));
        work.start();
        try {
            assertThat(work.isRunning()).isTrue();
            assertThat(work.three.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(work.thread).startsWith("counted-");
        } finally {
            work.stop();
        }
        assertThat(work.isRunning()).isFalse();
        Thread.sleep(50); // a run under way when it stopped may still end
        int stoppedAt = work.runs.get();
        Thread.sleep(100);
        assertThat(work.runs.get()).isEqualTo(stoppedAt);
        assertThat(work.soon(work)).isFalse();
    }

    @Test
    void anIntervalOfZeroRunsNothingAndTakesNothingToRunSoon() throws Exception {
        Counted work = new Counted(Duration.ZERO);
        work.start();
        assertThat(work.isRunning()).isFalse();
        assertThat(work.soon(work)).isFalse();
        Thread.sleep(50);
        assertThat(work.runs.get()).isZero();
    }

    @Test
    void runsWhatItIsGivenSoonWhileRunning() throws Exception {
        Counted work = new Counted(Duration.ofHours(1));
        work.start();
        try {
            CountDownLatch ran = new CountDownLatch(1);
            assertThat(work.soon(ran::countDown)).isTrue();
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            work.stop();
        }
    }
}
