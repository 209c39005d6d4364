package plenary.search.internal;

import java.time.Duration;
import java.time.Instant;
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
 * when the index was just made, at start with {@code plenary.search.rebuild=true}, or when the outbox was pruned
 * past the index's position (an index left unused for longer than the outbox keeps its rows). Every hour it prunes
 * the outbox of rows older than {@code plenary.search.changes-kept-for}. An interval of zero stops the poller and
 * the pruning (tests run them themselves); the rebuild at start then runs before the application takes requests.
 */
@Component
public class SearchSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchSchedule.class);

    private static final Duration PRUNING_INTERVAL = Duration.ofHours(1);

    private final Follower follower;
    private final Rebuild rebuild;
    private final SearchIndex index;
    private final Changes changes;
    private final Duration interval;
    private final Duration changesKeptFor;
    private final boolean rebuildAtStart;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private @Nullable ThreadPoolTaskScheduler scheduler;

    SearchSchedule(
            Follower follower,
            Rebuild rebuild,
            SearchIndex index,
            Changes changes,
            @Value("${plenary.search.interval:2s}") Duration interval,
            @Value("${plenary.search.changes-kept-for:P7D}") Duration changesKeptFor,
            @Value("${plenary.search.rebuild:false}") boolean rebuildAtStart) {
        this.follower = follower;
        this.rebuild = rebuild;
        this.index = index;
        this.changes = changes;
        this.interval = interval;
        this.changesKeptFor = changesKeptFor;
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

    /** One run of the poller: one statement reads the outbox and how far it was pruned. */
    void follow() {
        try {
            follower.follow();
            if (follower.missedPrunedChangesSeen()) {
                log.info("The search index missed changes pruned from the outbox; rebuilding it");
                rebuild();
            }
        } catch (RuntimeException e) {
            // The database may be away; the position stays, and the next run tries again.
            log.warn("The search index could not follow the outbox: {}", e.toString());
        }
    }

    private void prune() {
        try {
            int pruned = changes.prune(Instant.now().minus(changesKeptFor));
            if (pruned > 0) {
                log.info("Pruned {} rows of the search outbox older than {}", pruned, changesKeptFor);
            }
        } catch (RuntimeException e) {
            log.warn("The search outbox could not be pruned: {}", e.toString());
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
            running.scheduleWithFixedDelay(this::prune, Instant.now().plus(PRUNING_INTERVAL), PRUNING_INTERVAL);
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
