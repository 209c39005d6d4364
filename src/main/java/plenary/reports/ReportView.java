package plenary.reports;

import java.util.List;

/**
 * A meeting's report as its keepers and the meeting's participants follow it: its state, its latest version (the
 * number an edit must name), its versions, its last publication, its latest review and the suggestions made in it.
 */
public record ReportView(
        long meetingId,
        ReportState state,
        int latestVersion,
        PublicationView published,
        ReviewView review,
        List<SuggestionView> suggestions,
        List<VersionSummary> versions) {}
