package plenary.circulation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.internal.CirculationTables;
import plenary.notify.MailRenderer;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/** Words a reminder of a circulation's deadline when it is due, or drops it when the recipient has answered. */
@Component
class ReminderMail implements MailRenderer {

    private final CirculationTables tables;

    ReminderMail(CirculationTables tables) {
        this.tables = tables;
    }

    @Override
    public String kind() {
        return CirculationMail.REMINDER;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RenderedMail> render(OutgoingMail mail) {
        long circulationId = Long.parseLong(mail.facts().get("circulationId"));
        long recipientId = Long.parseLong(mail.facts().get("recipientId"));
        if (tables.answered(circulationId, recipientId)) {
            return Optional.empty();
        }
        return Optional.of(new RenderedMail(
                "Reminder: comments on " + mail.facts().get("title") + " are due "
                        + mail.facts().get("deadline"),
                "Your comments and amendments on version " + mail.facts().get("version") + " of \""
                        + mail.facts().get("title") + "\" are due by "
                        + mail.facts().get("deadline")
                        + ". Answer through the link of the invitation you received.\n"));
    }
}
