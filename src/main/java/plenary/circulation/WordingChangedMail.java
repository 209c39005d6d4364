package plenary.circulation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import plenary.notify.MailRenderer;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/** Words the message that a wording a committee supports in brackets has changed, and asks it to confirm. */
@Component
class WordingChangedMail implements MailRenderer {

    @Override
    public String kind() {
        return DecisionMail.WORDING_CHANGED;
    }

    @Override
    public Optional<RenderedMail> render(OutgoingMail mail) {
        String title = mail.facts().get("title");
        return Optional.of(new RenderedMail(
                "A wording you support in " + title + " has changed",
                "The wording your committee supports in the brackets at "
                        + mail.facts().get("bracket") + " of \""
                        + title + "\" has changed. Your support is shown against the earlier wording until you"
                        + " confirm the new one.\n"));
    }
}
