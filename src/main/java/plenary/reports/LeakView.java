package plenary.reports;

import java.util.List;

/**
 * A term of a report's text that identifies a participant: where it stands (as Session 2 paragraph 3; and the
 * paragraph's or section's eId), the term, its kind (FULL_NAME, SURNAME, AFFILIATION, EMAIL, …), a short excerpt
 * around it, and whom it identifies.
 */
public record LeakView(String location, String eId, String term, String kind, String excerpt, List<String> people) {}
