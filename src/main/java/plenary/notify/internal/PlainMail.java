package plenary.notify.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import plenary.notify.MailRenderer;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/** Words messages of kind "plain": their facts {@code subject} and {@code body}, as they were queued. */
@Component
class PlainMail implements MailRenderer {

    @Override
    public String kind() {
        return "plain";
    }

    @Override
    public Optional<RenderedMail> render(OutgoingMail mail) {
        String subject = mail.facts().get("subject");
        String body = mail.facts().get("body");
        if (subject == null || body == null) {
            throw new IllegalArgumentException("A plain message needs the facts subject and body.");
        }
        return Optional.of(new RenderedMail(subject, body));
    }
}
