package plenary.institutions.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The map page's matter for one day: the states as rows and the institutions with members as columns (both in
 * the map's order), and the institutions that had no member states to show.
 *
 * @param day the day, as the date field and the picture's address take it (YYYY-MM-DD)
 * @param inWords the day in words: "14 November 2011"
 */
public record MembershipMatrix(
        String day, String inWords, List<Column> institutions, List<Row> states, List<String> withoutMembers) {

    /** An institution: its short name for the header, its full name for the reader who asks. */
    public record Column(String label, String name) {}

    /** A state and, for each column in turn, whether it was a member. */
    public record Row(String code, String name, List<Boolean> member) {

        /** The state's name in the reader's language, as a page says it. */
        public String name(Locale reader) {
            String named = new Locale("", code).getDisplayCountry(reader);
            return named.isBlank() ? name : named;
        }
    }

    static MembershipMatrix of(Overlap overlap, LocalDate day) {
        List<Membership> drawn = overlap.drawn();
        return new MembershipMatrix(
                day.toString(),
                Days.inWords(day),
                drawn.stream().map(m -> new Column(m.label(), m.name())).toList(),
                overlap.states().stream()
                        .map(s -> new Row(
                                s,
                                StateNames.english(s),
                                drawn.stream().map(m -> m.states().contains(s)).toList()))
                        .toList(),
                overlap.institutions().stream()
                        .filter(m -> m.states().isEmpty())
                        .map(Membership::name)
                        .toList());
    }
}
