package plenary.notify.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import plenary.kernel.RecurringWork;

/**
 * Runs the dispatcher on a thread of its own: every {@code plenary.mail.outbox.interval}, and soon after a
 * transaction that queued a message commits. One thread, so an instance never runs two dispatches at once. An
 * interval of zero stops it (the tests that look at what is queued).
 */
@Component
class OutboxSchedule extends RecurringWork {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxDispatcher dispatcher;
    private final AtomicBoolean nudged = new AtomicBoolean();

    OutboxSchedule(OutboxDispatcher dispatcher, @Value("${plenary.mail.outbox.interval:5s}") Duration interval) {
        super("outbox", interval);
        this.dispatcher = dispatcher;
    }

    /** Asks for a dispatch soon; several asks before it starts make one dispatch. */
    void nudge() {
        if (nudged.compareAndSet(false, true) && !soon(this::dispatchNudged)) {
            nudged.set(false); // no schedule (stopped, or a test's interval of zero)
        }
    }

    private void dispatchNudged() {
        nudged.set(false);
        run();
    }

    @Override
    public void run() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // The database may be away; the claims expire, and the next run tries again.
            log.warn("The outbox could not be dispatched: {}", e.toString());
        }
    }
}
