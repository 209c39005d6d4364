package plenary.meetings;

/** Text as it is stored: stripped, and absent rather than blank. */
final class Text {

    private Text() {}

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
