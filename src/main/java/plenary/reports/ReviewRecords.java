package plenary.reports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.documents.Document;
import plenary.documents.DocumentTexts;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Versions;
import plenary.meetings.MeetingId;
import plenary.reports.internal.DocumentEdits;
import plenary.reports.internal.Report;
import plenary.reports.internal.ReportGate;
import plenary.reports.internal.ReportRepository;
import plenary.reports.internal.ReportViews;
import plenary.reports.internal.Review;
import plenary.reports.internal.ReviewRepository;
import plenary.reports.internal.Suggestion;
import plenary.reports.internal.SuggestionRepository;
import plenary.reports.internal.Versioning;

/**
 * The review of a report by the meeting's participants: its keepers send the latest version with a deadline, each
 * participant may suggest corrections of paragraphs until then, and the keepers take each suggestion (a new version)
 * or leave it.
 */
@Service
@Transactional
class ReviewRecords {

    private final ReportGate gate;
    private final ReportRepository reports;
    private final ReviewRepository reviews;
    private final SuggestionRepository suggestions;
    private final Versioning versioning;
    private final ReportViews views;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    ReviewRecords(
            ReportGate gate,
            ReportRepository reports,
            ReviewRepository reviews,
            SuggestionRepository suggestions,
            Versioning versioning,
            ReportViews views,
            Directory directory,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.reports = reports;
        this.reviews = reviews;
        this.suggestions = suggestions;
        this.versioning = versioning;
        this.views = views;
        this.directory = directory;
        this.events = events;
    }

    /**
     * Sends the latest version (named by the form) for review until a deadline in the future; closes an earlier review.
     */
    ReportView send(long meetingId, ReviewForm form) {
        gate.requireKeeper(meetingId);
        Report report = gate.report(meetingId);
        Versions.check("report", form.version(), report.latestVersion(), () -> views.of(report));
        Instant now = Instant.now();
        new Rules()
                .required(form.deadline(), "deadline")
                .check(
                        form.deadline() == null || form.deadline().isAfter(now),
                        "deadline",
                        "order",
                        "must be in the future")
                .enforce();
        Report saved = Versions.save(
                "report",
                () -> reports.save(report.inState(ReportState.IN_REVIEW)),
                () -> views.of(gate.report(meetingId)));
        reviews.findByReportIdAndClosedAtIsNull(report.savedId()).forEach(open -> reviews.save(open.closed(now)));
        Review review = reviews.save(new Review(
                null,
                report.savedId(),
                report.latestVersion(),
                // The rules above refused a form without a deadline.
                Objects.requireNonNull(form.deadline()),
                ReportGate.who(),
                now,
                null,
                null));
        List<PersonId> participants = gate.meeting(meetingId).namedParticipants().stream()
                .map(p -> p.personId())
                .toList();
        events.publishEvent(new ReportSentForReview(
                new MeetingId(meetingId),
                review.savedId(),
                review.versionNumber(),
                versioning.latest(report).title(),
                review.deadline(),
                participants));
        return views.of(saved);
    }

    /** A participant's suggested correction of a paragraph of the latest version, before the review's deadline. */
    SuggestionView suggest(long meetingId, SuggestionForm form) {
        // Who asks comes first: someone who may not review learns nothing, not even whether there is a report.
        if (!gate.tookPart(meetingId)) {
            throw new AccessDeniedException("Only the meeting's participants suggest corrections of its report.");
        }
        Report report = gate.report(meetingId);
        Review review = reviews.findFirstByReportIdOrderBySentAtDescIdDesc(report.savedId())
                .filter(Review::open)
                .orElseThrow(() -> InvalidRecord.of("deadline", "deadline", "the report is not open for review"));
        Document latest = versioning.latest(report);
        Instant now = Instant.now();
        boolean known = form.paragraph() == null
                || DocumentTexts.paragraphs(latest).stream()
                        .anyMatch(t -> t.eId().equals(form.paragraph()));
        new Rules()
                .check(review.accepts(now), "deadline", "deadline", "suggestions were due by " + review.deadline())
                .required(form.paragraph(), "paragraph")
                .check(known, "paragraph", "exists", "names no paragraph of the report")
                .required(form.text(), "text")
                .maxLength(form.text(), 20_000, "text")
                .maxLength(form.rationale(), 4000, "rationale")
                .enforce();
        long person = CurrentAccount.personId().orElseThrow();
        Suggestion saved = suggestions.save(new Suggestion(
                null,
                review.savedId(),
                // The rules above refused a form without a paragraph or a text.
                Objects.requireNonNull(form.paragraph()),
                Objects.requireNonNull(form.text()).strip(),
                blankToNull(form.rationale()),
                person,
                now,
                SuggestionState.OPEN,
                null,
                null,
                null,
                null));
        return ReportViews.view(
                saved, latest, directory.person(new PersonId(person)).orElse(null));
    }

    /** Takes an open suggestion: its text replaces the paragraph's in a new version. */
    ReportView take(long meetingId, long suggestionId) {
        gate.requireKeeper(meetingId);
        Report report = gate.report(meetingId);
        Suggestion suggestion = open(report, suggestionId);
        Document latest = versioning.latest(report);
        if (DocumentTexts.location(latest, suggestion.paragraphEid()) == null) {
            throw InvalidRecord.of(
                    "paragraph", "exists", "the paragraph is no longer in the report; leave the suggestion");
        }
        String by = directory
                .person(new PersonId(suggestion.personId()))
                .map(p -> p.name())
                .orElse("a participant");
        Report saved = Versions.save(
                "report",
                () -> versioning.next(
                        report,
                        DocumentEdits.withParagraph(latest, suggestion.paragraphEid(), suggestion.suggestedText()),
                        "Took the suggestion of " + by),
                () -> views.of(gate.report(meetingId)));
        suggestions.save(
                suggestion.decided(SuggestionState.TAKEN, ReportGate.who(), Instant.now(), saved.latestVersion()));
        return views.of(saved);
    }

    /** Leaves an open suggestion: the report stays as it is. */
    ReportView leave(long meetingId, long suggestionId) {
        gate.requireKeeper(meetingId);
        Report report = gate.report(meetingId);
        suggestions.save(
                open(report, suggestionId).decided(SuggestionState.LEFT, ReportGate.who(), Instant.now(), null));
        return views.of(report);
    }

    private Suggestion open(Report report, long suggestionId) {
        Suggestion suggestion = suggestions
                .findById(suggestionId)
                .filter(s -> reviews.findById(s.reviewId())
                        .map(r -> r.reportId() == report.savedId())
                        .orElse(false))
                .orElseThrow(() -> new RecordNotFound("Suggestion", suggestionId));
        if (suggestion.state() != SuggestionState.OPEN) {
            throw InvalidRecord.of(
                    "state",
                    "open",
                    "the suggestion was already " + suggestion.state().name().toLowerCase());
        }
        return suggestion;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
