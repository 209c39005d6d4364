package plenary.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import plenary.kernel.AwaitingWork;
import plenary.kernel.Phrase;
import plenary.kernel.Plural;
import plenary.kernel.WorkItem;
import plenary.kernel.WorkKind;
import plenary.kernel.Worker;
import plenary.notify.MailDelivery;

/**
 * The mail that could not go out: with no mail server configured, every message due; with one, every message due
 * that failed at least once and waits to be tried again. The secretariat sees them in its list of work (the oldest
 * first, at most {@value #SHOWN}, in one statement); a page that queues mail asks whether it goes out.
 */
@Component
class UndeliveredMail implements AwaitingWork, MailDelivery {

    static final int SHOWN = 50;

    private static final String UNSENT = """
            SELECT kind, recipient_email, recipient_name, subject, attempts, last_error FROM outbox_message
            WHERE state = 'PENDING' AND not_before <= :now AND attempts >= :attempts
            ORDER BY queued_at, id FETCH FIRST %d ROWS ONLY""".formatted(SHOWN);

    private final JdbcClient db;
    private final ObjectProvider<JavaMailSender> mail;

    UndeliveredMail(JdbcClient db, ObjectProvider<JavaMailSender> mail) {
        this.db = db;
        this.mail = mail;
    }

    @Override
    public Optional<Phrase> trouble() {
        if (mail.getIfAvailable() == null) {
            return Optional.of(Phrase.of("notify.trouble.no-server"));
        }
        boolean failing = db.sql("SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING' AND attempts > 0")
                        .query(Long.class)
                        .single()
                > 0;
        return failing ? Optional.of(Phrase.of("notify.trouble.refused")) : Optional.empty();
    }

    @Override
    public List<WorkItem> awaiting(Worker worker) {
        if (!worker.secretariat()) {
            return List.of();
        }
        return db.sql(UNSENT)
                .param("now", Timestamp.from(Instant.now()))
                // Without a mail server nothing is ever tried: every message due is one that could not be sent.
                .param("attempts", mail.getIfAvailable() == null ? 0 : 1)
                .query(UndeliveredMail::item)
                .list();
    }

    private static WorkItem item(ResultSet rs, int row) throws SQLException {
        String name = rs.getString("recipient_name");
        String to = (name == null || name.isBlank() ? "" : name + " ") + "<" + rs.getString("recipient_email") + ">";
        String subject = rs.getString("subject");
        String error = rs.getString("last_error");
        int attempts = rs.getInt("attempts");
        // The mail server's error is its own words: an argument, said as it came.
        Phrase tries = attempts == 0
                ? Phrase.of("notify.work.never-tried")
                : error == null
                        ? Phrase.of("notify.work.attempts", attempts, Plural.form(attempts))
                        : Phrase.of("notify.work.attempts-failed", attempts, Plural.form(attempts), shortened(error));
        Phrase what = Phrase.of(
                "notify.work.unsent",
                subject != null ? subject : Phrase.of("notify.work.of-kind", rs.getString("kind")),
                tries);
        return new WorkItem(WorkKind.UNSENT_MAIL, what, null, Phrase.of("notify.work.to", to), null, null);
    }

    private static String shortened(String error) {
        return error.length() <= 200 ? error : error.substring(0, 200) + "…";
    }
}
