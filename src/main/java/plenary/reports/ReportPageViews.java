package plenary.reports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.documents.Document;
import plenary.documents.DocumentTexts;
import plenary.documents.DocumentTexts.Text;
import plenary.documents.Typesetter;
import plenary.web.FormErrors;

/** Puts together what the report page shows, for one who may read the report's drafts. */
@Component
class ReportPageViews {

    private final Reports reports;
    private final Typesetter typesetter;

    ReportPageViews(Reports reports, Typesetter typesetter) {
        this.reports = reports;
        this.typesetter = typesetter;
    }

    ReportPageView of(long meetingId, @Nullable Integer version) {
        return of(meetingId, version, Map.of(), List.of(), FormErrors.none());
    }

    /**
     * @param submitted texts the person sent that were not saved, by eId, shown in place of the saved ones
     * @param leaks     the leaks of a publication just refused
     */
    ReportPageView of(
            long meetingId,
            @Nullable Integer version,
            Map<String, String> submitted,
            List<LeakView> leaks,
            FormErrors errors) {
        return of(meetingId, version, submitted, leaks, List.of(), errors);
    }

    /** @param places the places a publication just refused asks the keeper to confirm */
    ReportPageView of(
            long meetingId,
            @Nullable Integer version,
            Map<String, String> submitted,
            List<LeakView> leaks,
            List<PlaceToConfirm> places,
            FormErrors errors) {
        boolean keeper = reports.mayKeep(meetingId);
        boolean participant = reports.tookPart(meetingId);
        Optional<ReportView> found = reports.view(meetingId);
        if (found.isEmpty()) {
            return new ReportPageView(
                    meetingId,
                    "Report of the meeting",
                    null,
                    0,
                    null,
                    keeper,
                    participant,
                    List.of(),
                    Map.of(),
                    List.of(),
                    Map.of(),
                    List.of(),
                    errors);
        }
        ReportView report = found.get();
        int shown = version == null ? report.latestVersion() : version;
        // Beneath the page's own "Version n" (an h2), so that the page keeps its one h1.
        String html = typesetter.htmlFragment(reports.document(meetingId, String.valueOf(shown)), 3);
        Document latest = reports.version(meetingId, report.latestVersion()).document();
        List<Text> texts = DocumentTexts.of(latest).stream()
                .filter(t -> t.kind() != DocumentTexts.Kind.STATUS)
                .toList();
        Map<String, String> values = new HashMap<>();
        texts.forEach(t -> values.put(t.eId(), t.text() == null ? "" : t.text()));
        values.putAll(submitted);
        Map<String, List<LeakView>> byText =
                leaks.stream().collect(Collectors.groupingBy(LeakView::eId, LinkedHashMap::new, Collectors.toList()));
        return new ReportPageView(
                meetingId,
                latest.title(),
                report,
                shown,
                html,
                keeper,
                participant,
                texts,
                values,
                leaks,
                byText,
                places,
                errors);
    }
}
