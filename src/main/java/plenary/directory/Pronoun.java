package plenary.directory;

/** How reports refer to a person: "He argued", "She elaborated", "They proposed". */
public enum Pronoun {
    HE("he", "him", "his"),
    SHE("she", "her", "her"),
    THEY("they", "them", "their");

    private final String subject;
    private final String object;
    private final String possessive;

    Pronoun(String subject, String object, String possessive) {
        this.subject = subject;
        this.object = object;
        this.possessive = possessive;
    }

    public String subject() {
        return subject;
    }

    public String object() {
        return object;
    }

    public String possessive() {
        return possessive;
    }
}
