package plenary.notify;

import java.util.Optional;
import plenary.kernel.Phrase;

/**
 * Whether the outbox's messages go out now: what a page that queues mail tells its reader, so that it never says
 * "sent" of mail that stays in the outbox.
 */
public interface MailDelivery {

    /**
     * Empty while mail goes out; otherwise why it does not, as the end of a sentence ("no mail server is
     * configured").
     */
    Optional<Phrase> trouble();
}
