package plenary.search.internal;

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
 * Runs the poller on a thread of its own every {@code plenary.search.interval}, and the rebuild there when asked,
 * when the index was just made, or at start with {@code plenary.search.rebuild=true}. An interval of zero stops the
 * poller (tests run it themselves); the rebuild at start then runs before the application takes requests.
 */
@Component
public class SearchSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchSchedule.class);

    private final Follower follower;
    private final Rebuild rebuild;
    private final SearchIndex index;
    private final Duration interval;
    private final boolean rebuildAtStart;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private @Nullable ThreadPoolTaskScheduler scheduler;

    SearchSchedule(
            Follower follower,
            Rebuild rebuild,
            SearchIndex index,
            @Value("${plenary.search.interval:2s}") Duration interval,
            @Value("${plenary.search.rebuild:false}") boolean rebuildAtStart) {
        this.follower = follower;
        this.rebuild = rebuild;
        this.index = index;
        this.interval = interval;
        this.rebuildAtStart = rebuildAtStart;
    }

    /** Starts a rebuild on the poller's thread (or here, without one); false when one is already running. */
    public boolean rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        ThreadPoolTaskScheduler running = scheduler;
        if (running == null) {
            runRebuild();
        } else {
            running.execute(this::runRebuild);
        }
        return true;
    }

    private void runRebuild() {
        try {
            rebuild.run();
            log.info("The search index in {} was rebuilt", index.folder());
        } catch (RuntimeException e) {
            log.warn("The search index could not be rebuilt: {}", e.toString());
        } finally {
            rebuilding.set(false);
        }
    }

    private void follow() {
        try {
            follower.follow();
        } catch (RuntimeException e) {
            // The database may be away; the position stays, and the next run tries again.
            log.warn("The search index could not follow the outbox: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (!interval.isZero() && !interval.isNegative() && scheduler == null) {
            ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
            started.setPoolSize(1);
            started.setThreadNamePrefix("search-");
            started.setWaitForTasksToCompleteOnShutdown(false);
            started.initialize();
            scheduler = started;
        }
        if (index.created() || rebuildAtStart) {
            rebuild();
        }
        ThreadPoolTaskScheduler running = scheduler;
        if (running != null) {
            running.scheduleWithFixedDelay(this::follow, interval);
        }
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
