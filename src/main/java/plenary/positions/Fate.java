package plenary.positions;

/**
 * What became of a proposal in the study group's memoranda: taken into a paragraph of the current text, in such a
 * paragraph but kept open in brackets, cited by an earlier version and dropped since, or never taken up.
 */
public enum Fate {
    TAKEN("taken"),
    IN_BRACKETS("open, in brackets"),
    DROPPED("dropped"),
    OPEN("open");

    private final String words;

    Fate(String words) {
        this.words = words;
    }

    /** The fate in words, for a badge: "taken", "open, in brackets". */
    public String words() {
        return words;
    }
}
