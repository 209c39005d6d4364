package plenary.instances;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Republishes at start the events whose listeners had not finished (a crash, a failed listener), as Spring Modulith's
 * {@code republish-outstanding-events-on-restart} would, but by one instance at a time: instances starting together
 * would otherwise each read the same unfinished publications and run their listeners twice.
 */
@Component
@Order(-10)
class OutstandingEvents implements ApplicationRunner {

    static final String LOCK = "outstanding-events";
    // Long enough for any republishing; an instance that stops while republishing holds the others off this long.
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

    private final InstanceLocks locks;
    private final IncompleteEventPublications publications;

    OutstandingEvents(InstanceLocks locks, IncompleteEventPublications publications) {
        this.locks = locks;
        this.publications = publications;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean republished = locks.ifFree(LOCK, LEASE, () -> publications.resubmitIncompletePublications(p -> true));
        if (!republished) {
            log.info("Another instance is republishing the events left unfinished; this one leaves them to it.");
        }
    }
}
