package plenary.leakcheck;

/**
 * A text of a report to be checked, and where it stands in the report ("Title", "Session 2, paragraph 3").
 */
public record Passage(String location, String text) {

    public Passage {
        location = location == null ? "" : location;
        text = text == null ? "" : text;
    }
}
