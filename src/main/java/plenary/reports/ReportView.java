package plenary.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's report as its keepers and the meeting's participants follow it: its state, its latest version (the
 * number an edit must name), its versions, its last publication, its latest review and the suggestions made in it.
 * A report never published has no publication; one never sent for review has no review.
 */
public record ReportView(
        long meetingId,
        ReportState state,
        int latestVersion,
        @Nullable PublicationView published,
        @Nullable ReviewView review,
        List<SuggestionView> suggestions,
        List<VersionSummary> versions) {}
