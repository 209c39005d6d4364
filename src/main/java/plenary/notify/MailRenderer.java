package plenary.notify;

import java.util.Optional;

/**
 * Words the messages of one kind when they are sent (not when they are queued), from their stored facts. A module
 * that sends mail provides one bean per kind. Rendering may have effects of its own (minting a personal link whose
 * hash its module stores), and may answer empty when the message is no longer needed: it is then dropped.
 */
public interface MailRenderer {

    /** The kind this renderer words, as {@link OutgoingMail#kind()} names it. */
    String kind();

    Optional<RenderedMail> render(OutgoingMail mail);
}
