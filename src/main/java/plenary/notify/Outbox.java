package plenary.notify;

import java.util.List;

/**
 * Where every message Plenary sends is queued. {@link #enqueue} joins the caller's transaction: a message is
 * queued only if what it announces is committed, and then it goes out however often the mail server fails.
 */
public interface Outbox {

    /** Queues the message, unless one with its deduplication key was queued before. */
    void enqueue(OutgoingMail mail);

    /** The messages queued for a person, newest first: the list of what awaits them. */
    List<QueuedMail> forPerson(long personId);
}
