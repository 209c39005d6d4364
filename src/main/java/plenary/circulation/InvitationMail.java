package plenary.circulation;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.PersonalLinks;
import plenary.circulation.internal.StoredRecipient;
import plenary.notify.MailRenderer;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/**
 * Words an invitation to answer a circulation when it is sent. For an outside recipient it mints the personal link
 * then, and keeps only its hash: the link is in the mail and nowhere else (sent again, the mail carries a new link
 * and the earlier one stops opening). A recipient whose link was revoked gets none.
 */
@Component
class InvitationMail implements MailRenderer {

    private final CirculationTables tables;
    private final String baseUrl;

    InvitationMail(CirculationTables tables, @Value("${plenary.base-url:http://localhost:8080}") String baseUrl) {
        this.tables = tables;
        this.baseUrl = baseUrl;
    }

    @Override
    public String kind() {
        return CirculationMail.INVITATION;
    }

    @Override
    @Transactional
    public Optional<RenderedMail> render(OutgoingMail mail) {
        Optional<StoredRecipient> found =
                tables.recipient(Long.parseLong(mail.facts().get("recipientId")));
        if (found.isEmpty() || found.get().linkRevokedAt() != null) {
            return Optional.empty();
        }
        StoredRecipient recipient = found.get();
        String subject = "For your comments: " + mail.facts().get("title") + ", version "
                + mail.facts().get("version");
        String where;
        if (recipient.kind() == RecipientKind.OUTSIDER) {
            String token = PersonalLinks.mint();
            tables.keepLink(recipient.id(), PersonalLinks.hash(token));
            where = "Your personal link (for you alone; it opens this circulation only, until shortly after the"
                    + " deadline):\n" + baseUrl + "/circulations/link/" + token;
        } else {
            where = "Read it and answer here:\n" + baseUrl + "/memoranda/"
                    + mail.facts().get("memorandumId") + "/circulations/"
                    + mail.facts().get("circulationId");
        }
        return Optional.of(new RenderedMail(
                subject,
                "The co-chairs circulate version " + mail.facts().get("version") + " of \""
                        + mail.facts().get("title")
                        + "\" for comments and amendments until " + mail.facts().get("deadline") + ".\n\n" + where
                        + "\n"));
    }
}
