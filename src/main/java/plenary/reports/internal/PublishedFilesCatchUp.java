package plenary.reports.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import plenary.instances.InstanceLocks;
import plenary.kernel.RecurringWork;

/**
 * Runs {@link PublishedFiles#catchUp} on a thread of its own every {@code plenary.reports.files.interval} (a minute
 * by default, the first time right after start), on one instance at a time: the publications of a generated or
 * restored record, or of an earlier typesetter's edition, are typeset ahead of their readers, and a new publication
 * within the interval. After a whole pass it looks only at publications newer than the ones it saw: looking at all
 * of them every minute would cost the database a read of every publication's files (at size L, 9,000). A
 * publication committed late with an older id is left to its first reader. An interval of zero stops it (tests run it
 * themselves).
 */
@Component
public class PublishedFilesCatchUp extends RecurringWork {

    private static final Logger log = LoggerFactory.getLogger(PublishedFilesCatchUp.class);

    static final String LOCK = "report-files";

    // An instance that stops mid-way leaves the lease; another takes the work up after it.
    private static final Duration LEASE = Duration.ofMinutes(30);

    private final PublishedFiles files;
    private final InstanceLocks locks;

    // The newest publication seen when a pass began that ended here; 0 until one has.
    private volatile long checkedThrough;

    PublishedFilesCatchUp(
            PublishedFiles files,
            InstanceLocks locks,
            @Value("${plenary.reports.files.interval:1m}") Duration interval) {
        super("report-files", interval);
        this.files = files;
        this.locks = locks;
    }

    /** One catch-up, unless another instance holds its lease: what the schedule runs (and tests, without one). */
    @Override
    public void run() {
        try {
            locks.ifFree(LOCK, LEASE, () -> {
                long newest = files.newestPublication();
                int typeset = files.catchUp(checkedThrough);
                checkedThrough = newest;
                if (typeset > 0) {
                    log.info("Typeset the PDF and DOCX of {} publications", typeset);
                }
            });
        } catch (RuntimeException e) {
            // The database may be away; the next run tries again, and readers typeset what they need meanwhile.
            log.warn("The publications' files could not be typeset: {}", e.toString());
        }
    }
}
