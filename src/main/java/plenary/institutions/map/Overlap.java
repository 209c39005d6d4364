package plenary.institutions.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who shares member states with whom on one day: the institutions largest first (those without members last),
 * the states in the map's order ({@link Seriation}), and every pair of institutions with members in common.
 */
record Overlap(List<Membership> institutions, List<String> states, List<Pair> pairs) {

    /** Largest first; among equals, by short name, then by id, so that the order never depends on the input's. */
    private static final Comparator<Membership> LARGEST_FIRST = Comparator.comparingInt(
                    (Membership m) -> m.states().size())
            .reversed()
            .thenComparing(Membership::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(m -> m.id().value());

    /** Two institutions (the larger first, as the map orders them) and the states they share, in the map's order. */
    record Pair(Membership first, Membership second, List<String> shared) {}

    static Overlap of(List<Membership> memberships) {
        List<Membership> institutions =
                memberships.stream().sorted(LARGEST_FIRST).toList();
        List<String> states =
                Seriation.of(institutions.stream().map(Membership::states).toList());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < institutions.size(); i++) {
            for (int j = i + 1; j < institutions.size(); j++) {
                Membership first = institutions.get(i);
                Membership second = institutions.get(j);
                List<String> shared = states.stream()
                        .filter(s ->
                                first.states().contains(s) && second.states().contains(s))
                        .toList();
                if (!shared.isEmpty()) {
                    pairs.add(new Pair(first, second, shared));
                }
            }
        }
        return new Overlap(institutions, states, List.copyOf(pairs));
    }

    /** The institutions with at least one member state: the rows of the map and the columns of the matrix. */
    List<Membership> drawn() {
        return institutions.stream().filter(m -> !m.states().isEmpty()).toList();
    }

    /** The institutions the state belongs to, largest first. */
    List<Membership> of(String state) {
        return institutions.stream().filter(m -> m.states().contains(state)).toList();
    }

    /** The member states of the institution in the map's order. */
    List<String> statesOf(Membership institution) {
        Set<String> members = institution.states();
        return states.stream().filter(members::contains).toList();
    }
}
