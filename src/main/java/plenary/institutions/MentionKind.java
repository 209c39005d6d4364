package plenary.institutions;

/** What kind of record refers to an institution, in the order an institution's page lists them. */
public enum MentionKind {
    INTERVENTION("Interventions"),
    PROPOSAL("Proposals"),
    REPORT_PARAGRAPH("Report paragraphs"),
    MEMORANDUM_PARAGRAPH("Memorandum paragraphs");

    private final String heading;

    MentionKind(String heading) {
        this.heading = heading;
    }

    /** The heading an institution's page lists them under: "Interventions". */
    public String heading() {
        return heading;
    }
}
