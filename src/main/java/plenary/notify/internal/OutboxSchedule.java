package plenary.notify.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher on a thread of its own: every {@code plenary.mail.outbox.interval}, and soon after a
 * transaction that queued a message commits. One thread, so an instance never runs two dispatches at once. An
 * interval of zero stops it (the tests that look at what is queued).
 */
@Component
class OutboxSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxDispatcher dispatcher;
    private final Duration interval;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private @Nullable ThreadPoolTaskScheduler scheduler;

    OutboxSchedule(OutboxDispatcher dispatcher, @Value("${plenary.mail.outbox.interval:5s}") Duration interval) {
        this.dispatcher = dispatcher;
        this.interval = interval;
    }

    /** Asks for a dispatch soon; several asks before it starts make one dispatch. */
    void nudge() {
        ThreadPoolTaskScheduler running = scheduler;
        if (running != null && nudged.compareAndSet(false, true)) {
            running.execute(() -> {
                nudged.set(false);
                dispatch();
            });
        }
    }

    private void dispatch() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // The database may be away; the claims expire, and the next run tries again.
            log.warn("The outbox could not be dispatched: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative() || scheduler != null) {
            return;
        }
        ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
        started.setPoolSize(1);
        started.setThreadNamePrefix("outbox-");
        started.setWaitForTasksToCompleteOnShutdown(false);
        started.initialize();
        started.scheduleWithFixedDelay(this::dispatch, interval);
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
