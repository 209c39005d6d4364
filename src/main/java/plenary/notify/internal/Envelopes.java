package plenary.notify.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/**
 * Puts a rendered message into its envelope: Plenary's sender, its recipient, and a Message-ID made of the
 * message's id and the instance's host, the same on every attempt, so that a message sent again after a crash
 * between the mail server's acceptance and the commit collapses into one in the recipient's mail client.
 */
@Component
class Envelopes {

    private final String from;
    private final String host;

    Envelopes(
            @Value("${plenary.mail.from:plenary@localhost}") String from,
            @Value("${plenary.base-url:http://localhost:8080}") String baseUrl) {
        this.from = from;
        String parsed = URI.create(baseUrl.strip()).getHost();
        this.host = parsed == null || parsed.isBlank() ? "localhost" : parsed;
    }

    /** The Message-ID of the outbox's message {@code id}, as every attempt to send it carries it. */
    String messageId(long id) {
        return "<outbox-" + id + "@" + host + ">";
    }

    MimeMessage envelope(JavaMailSender sender, long id, OutgoingMail mail, RenderedMail text, Instant at)
            throws MessagingException {
        MimeMessage message = new StableId(sender.createMimeMessage().getSession(), messageId(id));
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipient(mail));
        helper.setSubject(text.subject());
        helper.setText(text.body());
        helper.setSentDate(Date.from(at));
        message.setHeader("Message-ID", messageId(id));
        return message;
    }

    private static InternetAddress recipient(OutgoingMail mail) throws MessagingException {
        String name = mail.recipientName();
        if (name == null || name.isBlank()) {
            return new InternetAddress(mail.recipientEmail(), true);
        }
        try {
            return new InternetAddress(mail.recipientEmail(), name, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** A message that keeps its Message-ID when it is saved, instead of being given a new one. */
    private static final class StableId extends MimeMessage {

        private final String messageId;

        StableId(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
