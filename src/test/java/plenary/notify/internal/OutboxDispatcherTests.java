package plenary.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.notify.MailRenderer;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/**
 * The outbox's dispatcher against a real SMTP server in the test (GreenMail) and a real database: a message goes out
 * once with a Message-ID of its own, a server that refuses makes it wait ever longer and then takes it once, a
 * restart or a second instance does not send it again, and a renderer that answers empty drops it. Time is the
 * test's clock, turned by hand.
 */
// As @PlenaryModuleTest, with the directory too (and the instances' locks it makes its first account under): the
// notify module uses it only by type, and the test accounts need it.
@ApplicationModuleTest(
        extraIncludes = {"web", "directory", "instances"},
        verifyAutomatically = false)
@Tag("db")
class OutboxDispatcherTests {

    private static final Instant T0 = Instant.parse("2030-03-04T09:00:00Z");

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxClaims claims;

    @Autowired
    JdbcClient db;

    @Autowired
    PlatformTransactionManager transactions;

    private final Envelopes envelopes = new Envelopes("plenary@example.org", "https://plenary.example.org/");
    private TurningClock clock = new TurningClock(T0);
    private int port;
    private GreenMail smtp;

    @BeforeEach
    void anEmptyOutboxAMailServerAndTheClockAtT0() {
        db.sql("DELETE FROM outbox_message").update();
        clock = new TurningClock(T0);
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    @Test
    void aQueuedMessageIsDeliveredOnceWithItsMessageId() throws Exception {
        long id = queue(plain("first", "Dear Ana,\n\nThe memorandum is out."));
        OutboxDispatcher dispatcher = dispatcher();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getMessageID()).isEqualTo("<outbox-" + id + "@plenary.example.org>");
        assertThat(received[0].getSubject()).isEqualTo("Subject first");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("Ana Ruiz <ana@example.org>");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("plenary@example.org");
        assertThat(GreenMailUtil.getBody(received[0])).contains("The memorandum is out.");
        assertThat(row(id))
                .containsEntry("state", "SENT")
                .containsEntry("subject", "Subject first")
                .containsEntry("attempts", 1);
        assertThat(instant(id, "sent_at")).isEqualTo(T0);
    }

    @Test
    void aServerThatRefusesMakesTheMessageWaitLongerEachTimeThenItIsDeliveredOnce() {
        smtp.stop();
        long id = queue(plain("retried", "Body."));
        OutboxDispatcher dispatcher = dispatcher();

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(row(id)).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        assertThat((String) row(id).get("last_error")).isNotBlank();
        assertThat(instant(id, "next_attempt_at")).isEqualTo(T0.plus(Duration.ofMinutes(1)));

        clock.turn(Duration.ofSeconds(59));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(row(id)).containsEntry("attempts", 1);

        clock.turn(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(row(id)).containsEntry("attempts", 2);
        assertThat(instant(id, "next_attempt_at")).isEqualTo(T0.plus(Duration.ofMinutes(3)));

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock.turn(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.turn(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        clock.turn(Duration.ofHours(2));
        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(row(id)).containsEntry("state", "SENT").containsEntry("attempts", 3);
        assertThat(row(id).get("last_error")).isNull();
    }

    @Test
    void aRestartDoesNotSendASentMessageAgain() {
        queue(plain("once", "Body."));
        assertThat(dispatcher().dispatchDue()).isEqualTo(1);

        OutboxDispatcher afterRestart = dispatcher();
        clock.turn(Duration.ofDays(1));
        assertThat(afterRestart.dispatchDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMessageClaimedByAnInstanceThatDiedIsSentByAnotherOnceTheClaimExpires() {
        long id = queue(plain("orphan", "Body."));
        assertThat(claims.claimDue("instance-that-died", T0, OutboxDispatcher.LEASE, 20))
                .extracting(ClaimedMail::id)
                .containsExactly(id);
        OutboxDispatcher survivor = dispatcher();

        assertThat(survivor.dispatchDue()).isZero();
        clock.turn(OutboxDispatcher.LEASE.minusSeconds(1));
        assertThat(survivor.dispatchDue()).isZero();
        clock.turn(Duration.ofSeconds(1));
        assertThat(survivor.dispatchDue()).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void twoInstancesRacingOverTheSameMessagesSendEachOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(queue(plain("race " + i, "Body " + i + ".")));
        }
        List<OutboxDispatcher> instances = List.of(dispatcher(), dispatcher());
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (OutboxDispatcher instance : instances) {
                sent.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return instance.dispatchDue();
                }));
            }
            assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(30);
        } finally {
            threads.shutdownNow();
        }
        List<String> messageIds = Arrays.stream(smtp.getReceivedMessages())
                .map(OutboxDispatcherTests::messageId)
                .toList();
        assertThat(messageIds)
                .containsExactlyInAnyOrderElementsOf(ids.stream()
                        .map(id -> "<outbox-" + id + "@plenary.example.org>")
                        .toList());
    }

    @Test
    void aMessageItsRendererNoLongerWantsIsDropped() {
        long id = queue(new OutgoingMail(
                "withdrawn", "ana@example.org", null, 41L, Map.of(), T0, "withdrawn:" + T0.toEpochMilli()));

        assertThat(dispatcher().dispatchDue()).isZero();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(row(id)).containsEntry("state", "DROPPED");
        assertThat(outbox.forPerson(41L)).isEmpty();
    }

    @Test
    void aMessageOfAKindNoRendererWordsWaitsAndIsNotLost() {
        long id = queue(new OutgoingMail("unheard-of", "ana@example.org", null, null, Map.of(), T0, "unheard-of:1"));

        assertThat(dispatcher().dispatchDue()).isZero();

        assertThat(row(id)).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        assertThat((String) row(id).get("last_error")).contains("unheard-of");
    }

    @Test
    void withoutAMailServerConfiguredMessagesStayPendingAndUntouched() {
        long id = queue(plain("unsent", "Body."));
        OutboxDispatcher dispatcher = new OutboxDispatcher(
                claims,
                renderers(),
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                envelopes,
                transactions,
                clock);

        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(row(id)).containsEntry("state", "PENDING").containsEntry("attempts", 0);
        assertThat(row(id).get("claimed_by")).isNull();
    }

    private OutboxDispatcher dispatcher() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new OutboxDispatcher(
                claims,
                renderers(),
                new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
                envelopes,
                transactions,
                clock);
    }

    private static List<MailRenderer> renderers() {
        MailRenderer withdrawn = new MailRenderer() {
            @Override
            public String kind() {
                return "withdrawn";
            }

            @Override
            public Optional<RenderedMail> render(OutgoingMail mail) {
                return Optional.empty();
            }
        };
        return List.of(new PlainMail(), withdrawn);
    }

    private static OutgoingMail plain(String key, String body) {
        return new OutgoingMail(
                "plain",
                "ana@example.org",
                "Ana Ruiz",
                41L,
                Map.of("subject", "Subject " + key, "body", body),
                T0,
                "plain:" + key);
    }

    private long queue(OutgoingMail mail) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.enqueue(mail));
        return db.sql("SELECT id FROM outbox_message WHERE deduplication_key = ?")
                .param(mail.deduplicationKey())
                .query(Long.class)
                .single();
    }

    private Map<String, Object> row(long id) {
        return db.sql(
                        "SELECT state, subject, attempts, last_error, sent_at, claimed_by FROM outbox_message WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private Instant instant(long id, String column) {
        return db.sql("SELECT " + column + " FROM outbox_message WHERE id = ?")
                .param(id)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
