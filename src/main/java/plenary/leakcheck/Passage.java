package plenary.leakcheck;

/**
 * A text of a report to be checked, and where it stands in the report: its title, or the third paragraph
 * of session 2.
 */
public record Passage(String location, String text) {

    public Passage {
        location = location == null ? "" : location;
        text = text == null ? "" : text;
    }
}
