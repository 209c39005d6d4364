package plenary.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;

/** Queuing: only inside the caller's transaction, once per deduplication key, and listed for its person. */
// As @PlenaryModuleTest, with the directory too (and the instances' locks it makes its first account under): the
// notify module uses it only by type, and the test accounts need it.
@ApplicationModuleTest(
        extraIncludes = {"web", "directory", "instances"},
        verifyAutomatically = false)
@Tag("db")
class OutboxTableTests {

    private static final Instant SOON = Instant.parse("2030-03-04T09:00:00Z");

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient db;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void anEmptyOutbox() {
        db.sql("DELETE FROM outbox_message").update();
    }

    @Test
    void aMessageIsQueuedOnlyInsideATransaction() {
        assertThatThrownBy(() -> outbox.enqueue(mail("alone", 7L)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(outbox.forPerson(7L)).isEmpty();
    }

    @Test
    void aMessageIsNotQueuedWhenWhatItAnnouncesIsRolledBack() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.enqueue(mail("rolled-back", 7L));
            status.setRollbackOnly();
        });
        assertThat(outbox.forPerson(7L)).isEmpty();
    }

    @Test
    void theDeduplicationKeyQueuesAMessageOnce() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            outbox.enqueue(mail("twice", 7L));
            outbox.enqueue(mail("twice", 7L));
        });
        tx.executeWithoutResult(status -> outbox.enqueue(mail("twice", 7L)));
        assertThat(outbox.forPerson(7L)).singleElement().satisfies(queued -> {
            assertThat(queued.kind()).isEqualTo("plain");
            assertThat(queued.facts()).containsEntry("subject", "About twice");
            assertThat(queued.subject()).isNull();
            assertThat(queued.sentAt()).isNull();
            assertThat(queued.state()).isEqualTo("PENDING");
        });
    }

    @Test
    void aPersonsMessagesAreListedNewestFirstAndOnlyTheirs() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> outbox.enqueue(mail("older", 7L)));
        tx.executeWithoutResult(status -> outbox.enqueue(mail("someone else's", 8L)));
        tx.executeWithoutResult(status -> outbox.enqueue(mail("newer", 7L)));
        assertThat(outbox.forPerson(7L))
                .extracting(queued -> queued.facts().get("subject"))
                .containsExactly("About newer", "About older");
    }

    private static OutgoingMail mail(String key, long person) {
        return new OutgoingMail(
                "plain",
                "someone@example.org",
                null,
                person,
                Map.of("subject", "About " + key, "body", "Body."),
                SOON,
                "plain:" + key);
    }
}
