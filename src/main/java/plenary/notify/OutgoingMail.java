package plenary.notify;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message to queue: its kind (which {@link MailRenderer} words it), to whom (and the person, when Plenary knows
 * them, for their list of what awaits them), the facts its renderer needs, when it may go out at the earliest,
 * and a key that makes queuing it twice queue it once.
 *
 * @param kind             e.g. "report-review", "circulation-invitation", "circulation-reminder"
 * @param facts            plain strings only (ids, titles, dates); never a secret, as they are stored
 * @param deduplicationKey e.g. "circulation-reminder:12:34:2026-12-03": a second message with it is ignored
 */
public record OutgoingMail(
        String kind,
        String recipientEmail,
        @Nullable String recipientName,
        @Nullable Long personId,
        Map<String, String> facts,
        Instant notBefore,
        String deduplicationKey) {

    public OutgoingMail {
        facts = Map.copyOf(facts);
    }
}
