package plenary.kernel;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Work that runs on a thread of its own, {@link #run} again each interval after the last run ended, from the
 * application's start to its stop: the schedules that poll the database (the mail outbox, publications' files). One
 * thread, so an instance never runs the work twice at once. An interval of zero or less runs nothing: tests run the
 * work themselves.
 */
public abstract class RecurringWork implements SmartLifecycle, Runnable {

    private final String threadName;
    private final Duration interval;
    // Volatile: soon() reads it without the lock, and a nudge must see the scheduler a start has just made.
    private volatile @Nullable ThreadPoolTaskScheduler scheduler;

    /** @param threadName the thread's name, without its number ("outbox") */
    protected RecurringWork(String threadName, Duration interval) {
        this.threadName = threadName;
        this.interval = interval;
    }

    /** One run; it answers for its own failures, and the next run comes anyway. */
    @Override
    public abstract void run();

    /** Runs {@code task} on the work's thread soon; false when the work is not running. */
    protected boolean soon(Runnable task) {
        ThreadPoolTaskScheduler running = scheduler;
        if (running == null) {
            return false;
        }
        running.execute(task);
        return true;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative() || scheduler != null) {
            return;
        }
        ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
        started.setPoolSize(1);
        started.setThreadNamePrefix(threadName + "-");
        started.setWaitForTasksToCompleteOnShutdown(false);
        started.initialize();
        started.scheduleWithFixedDelay(this, interval);
        scheduler = started;
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
