package plenary.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.kernel.InvalidRecord;
import plenary.notify.MailDelivery;

/** The report page's forms of the participants' review: sending it, suggesting, taking and leaving suggestions. */
@Controller
@RequestMapping("/meetings/{meetingId}/report")
class ReviewPages {

    private final ReviewRecords reviews;
    private final PageActions pages;
    private final MailDelivery mail;

    ReviewPages(ReviewRecords reviews, PageActions pages, MailDelivery mail) {
        this.reviews = reviews;
        this.pages = pages;
        this.mail = mail;
    }

    @PostMapping("/review")
    String send(
            @PathVariable long meetingId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String deadline,
            ZoneId zone,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.act(
                meetingId,
                model,
                redirect,
                response,
                () -> reviews.send(meetingId, pages.bounded(new ReviewForm(version, instant(deadline, zone)))),
                sentForReview());
    }

    @PostMapping("/suggestions")
    String suggest(
            @PathVariable long meetingId,
            @RequestParam(required = false) @Nullable String paragraph,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String rationale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.act(
                meetingId,
                model,
                redirect,
                response,
                () -> reviews.suggest(meetingId, pages.bounded(new SuggestionForm(paragraph, text, rationale))),
                "reports.notice.suggested");
    }

    @PostMapping("/suggestions/{suggestionId}/take")
    String take(
            @PathVariable long meetingId,
            @PathVariable long suggestionId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.act(
                meetingId,
                model,
                redirect,
                response,
                () -> reviews.take(meetingId, suggestionId),
                "reports.notice.taken");
    }

    @PostMapping("/suggestions/{suggestionId}/leave")
    String leave(
            @PathVariable long meetingId,
            @PathVariable long suggestionId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.act(
                meetingId,
                model,
                redirect,
                response,
                () -> reviews.leave(meetingId, suggestionId),
                "reports.notice.left");
    }

    /** What the keeper is told once the review is recorded: whether the invitations went out by mail or not. */
    private Object[] sentForReview() {
        return mail.trouble()
                .map(why -> new Object[] {"reports.notice.reviewing-without-mail", why})
                .orElse(new Object[] {"reports.notice.reviewing"});
    }

    /** A deadline as a browser's date and time field sends it, read in the reader's zone; null when none was given. */
    static @Nullable Instant instant(@Nullable String deadline, ZoneId zone) {
        if (deadline == null || deadline.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(deadline.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidRecord.of("deadline", "format", "must be a date and time, such as 2026-12-01T17:00");
        }
    }
}
