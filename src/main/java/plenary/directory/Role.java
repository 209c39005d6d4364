package plenary.directory;

/** What an account may do across Plenary; finer rights follow from a person's place in a study group. */
public enum Role {
    SECRETARIAT,
    CO_CHAIR,
    RAPPORTEUR,
    COMMITTEE_REPRESENTATIVE,
    PARTICIPANT,
    STEERING_COMMITTEE_MEMBER;

    /** The Spring Security authority of this role. */
    String authority() {
        return "ROLE_" + name();
    }
}
