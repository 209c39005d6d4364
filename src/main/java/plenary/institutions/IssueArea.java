package plenary.institutions;

/** The controlled list of issue areas an intervention or an institution can be about. */
public enum IssueArea {
    SECURITY("regional security"),
    NUCLEAR("nuclear issues and denuclearization"),
    NUCLEAR_SAFETY("nuclear safety"),
    ENERGY("energy"),
    TRADE("trade"),
    FINANCE("finance"),
    ECONOMIC_COOPERATION("economic cooperation"),
    MARITIME("maritime"),
    HUMAN_SECURITY("human security"),
    CONFIDENCE_BUILDING("confidence-building"),
    NORMS_AND_RULES("norms and rules"),
    INSTITUTION_BUILDING("institution building"),
    ENVIRONMENT("environment"),
    DISASTER_RELIEF("disaster relief"),
    TERRORISM("terrorism"),
    CYBER("cyber security"),
    HEALTH("health");

    private final String label;

    IssueArea(String label) {
        this.label = label;
    }

    /** The words reports use for this area. */
    public String label() {
        return label;
    }
}
