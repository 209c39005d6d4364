package plenary.notify;

import java.util.Collection;
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

    /** The messages of this kind that went out (SENT) to these people, as {@link #forPerson} gives them. */
    default List<QueuedMail> sent(String kind, Collection<Long> personIds) {
        return personIds.stream()
                .distinct()
                .flatMap(p -> forPerson(p).stream())
                .filter(m -> m.kind().equals(kind) && "SENT".equals(m.state()))
                .toList();
    }
}
