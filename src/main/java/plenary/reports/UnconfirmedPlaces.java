package plenary.reports;

import java.util.List;

/**
 * Publication was refused because texts of the report may identify participants in places the keeper has not
 * confirmed; nothing was changed.
 */
public class UnconfirmedPlaces extends RuntimeException {

    private final transient List<PlaceToConfirm> places;

    public UnconfirmedPlaces(List<PlaceToConfirm> places) {
        super("The report may name participants in " + places.size()
                + (places.size() == 1 ? " place" : " places")
                + " that the keeper must confirm name no one: "
                + String.join(
                        ", ",
                        places.stream()
                                .map(p -> "“" + p.term() + "” (" + p.location() + ", " + p.place() + ")")
                                .toList())
                + "; nothing was published.");
        this.places = List.copyOf(places);
    }

    public List<PlaceToConfirm> places() {
        return places;
    }
}
