package plenary.meetings;

/** How exact a meeting's attendance figures are: "20 experts", "about 20 experts", "more than 20 experts". */
public enum AttendanceQualifier {
    EXACTLY(""),
    ABOUT("about "),
    MORE_THAN("more than ");

    private final String words;

    AttendanceQualifier(String words) {
        this.words = words;
    }

    /** The words put before a figure, with a trailing space where there are any. */
    public String words() {
        return words;
    }
}
