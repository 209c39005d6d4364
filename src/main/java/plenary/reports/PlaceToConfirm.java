package plenary.reports;

import java.util.List;

/**
 * A place of a report that may name a participant or may be an ordinary word (a surname that is a common word, at the
 * start of a sentence: "Park visited the shipyard"), which only the keeper can tell: {@code place} names it for the
 * publish request ({@code eId@offset}), the rest as in {@link LeakView}.
 */
public record PlaceToConfirm(
        String place, String location, String eId, String term, String kind, String excerpt, List<String> people) {

    public PlaceToConfirm {
        people = List.copyOf(people);
    }
}
