package plenary.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import plenary.documents.DocumentTexts.Text;
import plenary.documents.Redlines;
import plenary.web.FormErrors;

/**
 * What the report page shows: the report's state and the version shown as HTML; for its keepers the edit form (one
 * field per text, each with the leaks found in it), the review and publish buttons and the suggestions to decide;
 * for participants in a review, the suggestion form.
 *
 * @param report   the report, or null while the meeting has none
 * @param shown    the number of the version shown
 * @param html     the version shown, as an HTML article, or null while the meeting has no report
 * @param texts    the texts of the latest version, in reading order, for the edit form
 * @param values   what each text's field holds, by eId ("title", "subtitle", a section's or paragraph's eId)
 * @param leaks    the leaks of a refused publication, by eId of the text they stand in
 * @param placesToConfirm the places of a refused publication the keeper has still to confirm name no one
 */
public record ReportPageView(
        long meetingId,
        String title,
        @Nullable ReportView report,
        int shown,
        @Nullable String html,
        boolean keeper,
        boolean participant,
        List<Text> texts,
        Map<String, String> values,
        List<LeakView> allLeaks,
        Map<String, List<LeakView>> leaks,
        List<PlaceToConfirm> placesToConfirm,
        FormErrors errors) {

    public boolean latestShown() {
        return report != null && shown == report.latestVersion();
    }

    public boolean reviewOpen() {
        return report != null && report.review() != null && report.review().open();
    }

    public List<LeakView> leaksOf(String eId) {
        return leaks.getOrDefault(eId, List.of());
    }

    public List<VersionSummary> versions() {
        if (report == null) {
            return List.of();
        }
        List<VersionSummary> latestFirst = new ArrayList<>(report.versions());
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    public List<SuggestionView> suggestions() {
        return report == null ? List.of() : report.suggestions();
    }

    public String value(String eId) {
        return values.getOrDefault(eId, "");
    }

    /** The badge of the report's state: its look, not its words (those come from the bundle). */
    public String stateBadge() {
        return report == null
                ? "draft"
                : switch (report.state()) {
                    case DRAFT -> "draft";
                    case IN_REVIEW -> "open";
                    case PUBLISHED -> "published";
                };
    }

    public String suggestionBadge(SuggestionView suggestion) {
        return switch (suggestion.state()) {
            case OPEN -> "pending";
            case TAKEN -> "accepted";
            case LEFT -> "closed";
        };
    }

    /** A suggestion against the paragraph's current text, as a keeper weighs it: deleted and inserted words marked. */
    public String againstCurrent(SuggestionView suggestion) {
        return Redlines.html(Redlines.words(value(suggestion.paragraph()), suggestion.text()));
    }
}
