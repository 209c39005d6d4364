package plenary.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.act(
                meetingId,
                model,
                redirect,
                response,
                () -> reviews.send(meetingId, pages.bounded(new ReviewForm(version, instant(deadline)))),
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
                "Your suggestion was sent to the report's keepers.");
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
                "The suggestion was taken into a new version.");
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
                "The suggestion was left.");
    }

    /** What the keeper is told once the review is recorded: whether the invitations went out by mail or not. */
    private String sentForReview() {
        return mail.trouble()
                .map(why -> "The review is recorded and shows on each participant's My work page, but no invitation"
                        + " went out by mail: " + why + ".")
                .orElse("The report was sent to the meeting's participants for review; each is invited by mail and"
                        + " finds it on their My work page.");
    }

    /** A deadline as a browser's date and time field sends it, read as UTC; null when none was given. */
    static @Nullable Instant instant(@Nullable String deadline) {
        if (deadline == null || deadline.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(deadline.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw InvalidRecord.of("deadline", "format", "must be a date and time, such as 2026-12-01T17:00");
        }
    }
}
