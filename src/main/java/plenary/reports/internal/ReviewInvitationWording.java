package plenary.reports.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import plenary.notify.MailRenderer;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/** Words an invitation to review a report, when the outbox sends it, from the facts its queuing kept. */
@Component
class ReviewInvitationWording implements MailRenderer {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final String baseUrl;

    ReviewInvitationWording(@Value("${plenary.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public String kind() {
        return ReviewInvitations.KIND;
    }

    @Override
    public Optional<RenderedMail> render(OutgoingMail mail) {
        Map<String, String> facts = mail.facts();
        String name = mail.recipientName() == null ? mail.recipientEmail() : mail.recipientName();
        return Optional.of(new RenderedMail("For your review: " + facts.get("title"), """
                Dear %s,

                Version %s of the report "%s" is open for your review until %s.

                Read it, and suggest a correction of any paragraph, at:
                %s/meetings/%s/report

                Suggestions made after the deadline cannot be taken into account.
                """.formatted(
                        name,
                        facts.get("version"),
                        facts.get("title"),
                        DEADLINE.format(Instant.parse(facts.get("deadline"))),
                        baseUrl,
                        facts.get("meetingId"))));
    }
}
