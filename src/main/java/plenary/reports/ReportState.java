package plenary.reports;

/**
 * Where a meeting's report stands: a draft being edited, sent to the participants for review, or published (its
 * latest version is the one the public reads). An edit after publication makes it a draft again, while the last
 * published version stays public.
 */
public enum ReportState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED
}
