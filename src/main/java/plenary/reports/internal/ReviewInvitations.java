package plenary.reports.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import plenary.directory.Directory;
import plenary.directory.PersonView;
import plenary.reports.ReportSentForReview;

/**
 * Invites each participant with an e-mail address to review a report sent for review. It runs after the review
 * is committed, from Spring Modulith's registry of event publications: a mail server that fails leaves the
 * publication incomplete, to be sent again, and the review itself stands.
 */
@Component
class ReviewInvitations {

    private static final Logger log = LoggerFactory.getLogger(ReviewInvitations.class);
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Directory directory;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    ReviewInvitations(
            Directory directory,
            ObjectProvider<JavaMailSender> mail,
            @Value("${plenary.mail.from:plenary@localhost}") String from,
            @Value("${plenary.base-url:http://localhost:8080}") String baseUrl) {
        this.directory = directory;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(ReportSentForReview review) {
        List<SimpleMailMessage> messages = messages(review);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info(
                    "No mail server is configured (spring.mail.host): {} invitation(s) to review the report of meeting {} not sent.",
                    messages.size(),
                    review.meetingId());
            return;
        }
        if (!messages.isEmpty()) {
            sender.send(messages.toArray(SimpleMailMessage[]::new));
        }
    }

    /** One message to each participant who has an e-mail address. */
    List<SimpleMailMessage> messages(ReportSentForReview review) {
        List<SimpleMailMessage> messages = new ArrayList<>();
        for (PersonView person : directory.people(review.personIds()).values()) {
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(person.email());
            message.setSubject("For your review: " + review.title());
            message.setText("""
                    Dear %s,

                    Version %d of the report "%s" is open for your review until %s.

                    Read it, and suggest a correction of any paragraph, at:
                    %s/meetings/%d/report

                    Suggestions made after the deadline cannot be taken into account.
                    """.formatted(
                            person.name(),
                            review.version(),
                            review.title(),
                            DEADLINE.format(review.deadline()),
                            baseUrl,
                            review.meetingId().value()));
            messages.add(message);
        }
        return messages;
    }
}
