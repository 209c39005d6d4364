package plenary.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.kernel.Phrase;
import plenary.kernel.WorkItem;
import plenary.kernel.WorkKind;
import plenary.kernel.Worker;
import plenary.notify.MailDelivery;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;

/**
 * The mail that could not go out, as the secretariat's list of work shows it and a page that queued mail says it:
 * with no mail server, every message due, never tried; with a server that refuses (a port where no GreenMail
 * listens), the message that failed, with its attempts and error; a message sent shows nowhere; and no one but the
 * secretariat is asked to mend the mail.
 */
@ApplicationModuleTest(
        extraIncludes = {"web", "directory", "instances"},
        verifyAutomatically = false)
@Tag("db")
class UndeliveredMailTests {

    private static final Worker SECRETARIAT = new Worker(null, true, null);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxClaims claims;

    @Autowired
    JdbcClient db;

    @Autowired
    PlatformTransactionManager transactions;

    /** The context's own, made without a mail server (the tests configure none). */
    @Autowired
    MailDelivery delivery;

    /** The notify module's own words, as pages and the API say them. */
    private static final ResourceBundleMessageSource NOTIFY = bundle();

    private final Envelopes envelopes = new Envelopes("plenary@example.org", "https://plenary.example.org/");

    @BeforeEach
    void anEmptyOutbox() {
        db.sql("DELETE FROM outbox_message").update();
    }

    @Test
    void withoutAMailServerEveryMessageDueIsUnsentAndTheKeeperIsToldWhy() {
        queue("waiting", Instant.now().minus(Duration.ofMinutes(1)));
        queue("reminder-next-week", Instant.now().plus(Duration.ofDays(7)));

        assertThat(delivery.trouble().map(UndeliveredMailTests::english)).contains("no mail server is configured");
        assertThat(delivery.trouble().map(UndeliveredMailTests::russian)).contains("почтовый сервер не настроен");
        List<WorkItem> items = ((UndeliveredMail) delivery).awaiting(SECRETARIAT);
        assertThat(items)
                .extracting(WorkItem::kind, i -> english(i.what()), i -> english(i.about()), WorkItem::link)
                .containsExactly(tuple(
                        WorkKind.UNSENT_MAIL,
                        "Mail not sent: a message of kind plain (never tried: no mail server)",
                        "To Ana Ruiz <ana@example.org>",
                        null));
        assertThat(russian(items.get(0).what()))
                .isEqualTo("Письмо не отправлено: письмо вида plain (не отправлялось: почтовый сервер не настроен)");
        assertThat(russian(items.get(0).about())).isEqualTo("Кому: Ana Ruiz <ana@example.org>");
        assertThat(((UndeliveredMail) delivery).awaiting(new Worker(41L, false, null)))
                .isEmpty();
    }

    @Test
    void aMessageTheServerRefusedShowsWithItsAttemptsAndErrorUntilItIsSent() {
        queue("refused", Instant.now().minus(Duration.ofMinutes(1)));
        int port = freePort();
        ObjectProvider<JavaMailSender> refusing = server(port);
        UndeliveredMail undelivered = new UndeliveredMail(db, refusing);
        assertThat(undelivered.trouble()).isEmpty();
        assertThat(undelivered.awaiting(SECRETARIAT)).isEmpty();

        // Nothing listens on the port: the attempt fails.
        assertThat(dispatcher(refusing).dispatchDue()).isZero();

        assertThat(undelivered.trouble().map(UndeliveredMailTests::english))
                .contains("the mail server refused earlier messages, which wait to be tried again");
        assertThat(undelivered.trouble().map(UndeliveredMailTests::russian))
                .contains("почтовый сервер отклонил прежние письма, они ждут новой попытки");
        List<WorkItem> items = undelivered.awaiting(SECRETARIAT);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).kind()).isEqualTo(WorkKind.UNSENT_MAIL);
        assertThat(english(items.get(0).about())).isEqualTo("To Ana Ruiz <ana@example.org>");
        assertThat(english(items.get(0).what()))
                .startsWith("Mail not sent: a message of kind plain (1 attempt; last error: ");
        assertThat(russian(items.get(0).what()))
                .startsWith("Письмо не отправлено: письмо вида plain (1 попытка; последняя ошибка: ");
        assertThat(items.get(0).link()).isNull();
    }

    private static String english(Phrase phrase) {
        return NOTIFY.getMessage(phrase, Locale.ENGLISH);
    }

    private static String russian(Phrase phrase) {
        return NOTIFY.getMessage(phrase, Locale.forLanguageTag("ru"));
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("i18n/notify");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    private void queue(String key, Instant notBefore) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(
                        "plain",
                        "ana@example.org",
                        "Ana Ruiz",
                        41L,
                        Map.of("subject", "Subject " + key, "body", "Body."),
                        notBefore,
                        "plain:" + key + ":" + System.nanoTime())));
    }

    private static ObjectProvider<JavaMailSender> server(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
    }

    private OutboxDispatcher dispatcher(ObjectProvider<JavaMailSender> mail) {
        return new OutboxDispatcher(
                claims, List.of(new PlainMail()), mail, envelopes, transactions, new TurningClock(Instant.now()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
