package plenary.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.documents.Document;
import plenary.documents.DocumentTexts;
import plenary.reports.ReportView;
import plenary.reports.ReviewView;
import plenary.reports.SuggestionView;

/** Puts together a report's view: its versions, last publication, latest review and the suggestions made in it. */
@Component
public class ReportViews {

    private final ReportQueries queries;
    private final ReviewRepository reviews;
    private final SuggestionRepository suggestions;
    private final Versioning versioning;
    private final Directory directory;

    ReportViews(
            ReportQueries queries,
            ReviewRepository reviews,
            SuggestionRepository suggestions,
            Versioning versioning,
            Directory directory) {
        this.queries = queries;
        this.reviews = reviews;
        this.suggestions = suggestions;
        this.versioning = versioning;
        this.directory = directory;
    }

    public ReportView of(Report report) {
        Optional<Review> review = reviews.findFirstByReportIdOrderBySentAtDescIdDesc(report.savedId());
        ReviewView reviewView = review.map(r -> r.view(Instant.now())).orElse(null);
        List<SuggestionView> made =
                review.map(r -> suggestions(r, versioning.latest(report))).orElse(List.of());
        return new ReportView(
                report.meetingId(),
                report.state(),
                report.latestVersion(),
                queries.publication(report.savedId()).orElse(null),
                reviewView,
                made,
                queries.versions(report.savedId()));
    }

    private List<SuggestionView> suggestions(Review review, Document latest) {
        List<Suggestion> found = suggestions.findByReviewIdOrderByMadeAtAscIdAsc(review.savedId());
        Map<PersonId, PersonView> people = directory.people(
                found.stream().map(s -> new PersonId(s.personId())).collect(Collectors.toSet()));
        return found.stream()
                .map(s -> view(s, latest, people.get(new PersonId(s.personId()))))
                .toList();
    }

    public static SuggestionView view(Suggestion s, Document latest, @Nullable PersonView person) {
        String location = DocumentTexts.location(latest, s.paragraphEid());
        return new SuggestionView(
                Objects.requireNonNull(s.id(), "a stored suggestion has an id"),
                s.paragraphEid(),
                location == null ? "(no longer in the report)" : location,
                s.suggestedText(),
                s.rationale(),
                s.personId(),
                person == null ? null : person.name(),
                s.madeAt(),
                s.state(),
                s.takenIn(),
                Objects.requireNonNull(s.version(), "a stored suggestion has a version"));
    }
}
