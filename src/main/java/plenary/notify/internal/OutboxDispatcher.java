package plenary.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.notify.MailRenderer;
import plenary.notify.RenderedMail;

/**
 * Sends the outbox's due messages: claims them, has the renderer of their kind word them (or drop them), hands
 * them to the mail server and marks them sent; a message that fails stays pending and is tried again later, ever
 * less often. Each instance is its own claimant, so that two instances on one database send each message once.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** How long a claim holds: longer than rendering and handing over a batch takes, with the mail timeouts. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final int BATCH = 20;

    private final OutboxClaims claims;
    private final Supplier<List<MailRenderer>> renderers;
    private volatile @Nullable Map<String, MailRenderer> byKind;
    private final ObjectProvider<JavaMailSender> mail;
    private final Envelopes envelopes;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String claimant = "instance-" + UUID.randomUUID();
    private final AtomicBoolean toldNoServer = new AtomicBoolean();

    // The renderers are looked up when the first message is sent, not when the dispatcher is made: a module's
    // renderer may itself queue mail, and so need the outbox that needs this dispatcher.
    @Autowired
    OutboxDispatcher(
            OutboxClaims claims,
            ObjectProvider<MailRenderer> renderers,
            ObjectProvider<JavaMailSender> mail,
            Envelopes envelopes,
            PlatformTransactionManager transactions) {
        this(claims, () -> renderers.orderedStream().toList(), mail, envelopes, transactions, Clock.systemUTC());
    }

    OutboxDispatcher(
            OutboxClaims claims,
            List<MailRenderer> renderers,
            ObjectProvider<JavaMailSender> mail,
            Envelopes envelopes,
            PlatformTransactionManager transactions,
            Clock clock) {
        this(claims, () -> renderers, mail, envelopes, transactions, clock);
    }

    private OutboxDispatcher(
            OutboxClaims claims,
            Supplier<List<MailRenderer>> renderers,
            ObjectProvider<JavaMailSender> mail,
            Envelopes envelopes,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.claims = claims;
        this.renderers = renderers;
        this.mail = mail;
        this.envelopes = envelopes;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends what is due now, batch after batch; answers how many messages it sent. */
    int dispatchDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            if (toldNoServer.compareAndSet(false, true)) {
                log.info("No mail server is configured (spring.mail.host): the outbox's messages stay pending.");
            }
            return 0;
        }
        int sent = 0;
        List<ClaimedMail> batch;
        do {
            batch = claims.claimDue(claimant, clock.instant(), LEASE, BATCH);
            for (ClaimedMail claimed : batch) {
                sent += dispatch(sender, claimed) ? 1 : 0;
            }
            // Until nothing is left to claim: a batch that lost rows to another instance may still leave others due.
        } while (!batch.isEmpty());
        return sent;
    }

    private boolean dispatch(JavaMailSender sender, ClaimedMail claimed) {
        try {
            // Whatever the renderer records (a personal link's hash) commits only with the message marked sent.
            Boolean sent = transactions.execute(status -> send(sender, claimed));
            return Boolean.TRUE.equals(sent);
        } catch (RuntimeException e) {
            int failures = claimed.attempts() + 1;
            Instant next = clock.instant().plus(Backoff.after(failures));
            log.warn(
                    "Message {} ({}) not sent, attempt {}; next at {}: {}",
                    claimed.id(),
                    claimed.mail().kind(),
                    failures,
                    next,
                    e.toString());
            claims.failed(claimed.id(), claimant, e.toString(), next);
            return false;
        }
    }

    private boolean send(JavaMailSender sender, ClaimedMail claimed) {
        MailRenderer renderer = renderers().get(claimed.mail().kind());
        if (renderer == null) {
            throw new IllegalStateException(
                    "No renderer words messages of kind " + claimed.mail().kind());
        }
        Optional<RenderedMail> rendered = renderer.render(claimed.mail());
        if (rendered.isEmpty()) {
            claims.dropped(claimed.id(), claimant);
            return false;
        }
        Instant now = clock.instant();
        try {
            sender.send(envelopes.envelope(sender, claimed.id(), claimed.mail(), rendered.get(), now));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("The message could not be put together: " + e.getMessage(), e);
        }
        if (!claims.sent(claimed.id(), claimant, rendered.get().subject(), now)) {
            log.warn("Message {} was sent after its claim expired; its Message-ID collapses a copy.", claimed.id());
        }
        return true;
    }

    private Map<String, MailRenderer> renderers() {
        Map<String, MailRenderer> known = byKind;
        if (known == null) {
            known = renderers.get().stream().collect(Collectors.toMap(MailRenderer::kind, Function.identity()));
            byKind = known;
        }
        return known;
    }
}
