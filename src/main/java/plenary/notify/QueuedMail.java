package plenary.notify;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A message as the outbox keeps it: its kind and facts, when it was queued, and when it went out (if it has). */
public record QueuedMail(
        long id,
        String kind,
        String recipientEmail,
        @Nullable String subject,
        Map<String, String> facts,
        Instant queuedAt,
        @Nullable Instant sentAt,
        String state) {}
