package plenary.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import plenary.documents.Document;
import plenary.reports.PlaceToConfirm;
import plenary.reports.ReportLeaks;
import plenary.reports.UnconfirmedPlaces;
import plenary.reports.composition.ReportContext;

/**
 * Publishes a report's latest version: the document as it will be read (with its status line naming its number and
 * date, as "Published report no. 3" on 28 November 2026; and, when participants reviewed it, a sentence saying so) is
 * checked for leaks, and
 * either refused with them, changing nothing, or frozen, numbered and dated.
 */
@Component
public class Publishing {

    /** The sentence that closes the summary of a report the participants were asked to review. */
    static final String REVIEWED = "The participants reviewed this report before its publication.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ReportRepository reports;
    private final PublicationRepository publications;
    private final ReviewRepository reviews;
    private final ReportQueries queries;
    private final Versioning versioning;
    private final Screening screening;
    private final ReportJson json;

    Publishing(
            ReportRepository reports,
            PublicationRepository publications,
            ReviewRepository reviews,
            ReportQueries queries,
            Versioning versioning,
            Screening screening,
            ReportJson json) {
        this.reports = reports;
        this.publications = publications;
        this.reviews = reviews;
        this.queries = queries;
        this.versioning = versioning;
        this.screening = screening;
        this.json = json;
    }

    /** Whether the report's latest version was published already (publishing it again changes nothing). */
    public boolean latestPublished(Report report) {
        return publications
                .findByReportIdAndVersionNumber(report.savedId(), report.latestVersion())
                .isPresent();
    }

    /** The document the public would read if the report's latest version were published now. */
    Document asPublished(Report report, int number, LocalDate on) {
        Document document = versioning.latest(report);
        if (reviews.existsByReportId(report.savedId())) {
            document = DocumentEdits.withSummarySentence(document, REVIEWED);
        }
        return DocumentEdits.withStatus(document, "Published report no. " + number + ", " + DATE.format(on));
    }

    /**
     * Publishes the latest version; refused with {@link ReportLeaks} when any of its texts identifies someone, and
     * with {@link UnconfirmedPlaces} when one may, in a place not among the {@code confirmed}.
     */
    public Report publish(Report report, ReportContext context, Collection<String> confirmed) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int number = report.publishedNumber() != null ? report.publishedNumber() : queries.nextPublishedNumber();
        Document document = asPublished(report, number, today);
        Screening.Screened screened = screening.screen(context, document);
        if (!screened.leaks().isEmpty()) {
            throw new ReportLeaks(screened.leaks());
        }
        List<PlaceToConfirm> unconfirmed = screened.places().stream()
                .filter(place -> !confirmed.contains(place.place()))
                .toList();
        if (!unconfirmed.isEmpty()) {
            throw new UnconfirmedPlaces(unconfirmed);
        }
        // The report first: of two simultaneous publications, the one whose version check fails writes nothing.
        Report published = reports.save(report.published(number));
        publications.save(new Publication(
                null,
                report.savedId(),
                number,
                report.latestVersion(),
                today,
                now,
                ReportGate.who(),
                document.title(),
                document.subtitle(),
                json.write(document)));
        reviews.findByReportIdAndClosedAtIsNull(report.savedId()).forEach(open -> reviews.save(open.closed(now)));
        return published;
    }
}
