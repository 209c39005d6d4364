package plenary.search;

import java.util.List;

/** The counts of what a search found by one facet ("studyGroup", "meeting", "year", "kind", "institution"). */
public record FacetView(String name, List<Count> values) {

    /** Whether its values are Plenary's own words (what a hit is), which a page says in the reader's language. */
    public boolean saysKinds() {
        return name.equals("kind");
    }

    /** One value of the facet: what to filter by, what a reader calls it, and how many were found with it. */
    public record Count(String value, String label, int count) {}
}
