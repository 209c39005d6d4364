package plenary.institutions.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order of the states across the map, chosen so that each institution's members sit together as far as
 * possible. Each state's membership pattern over the institutions (taken largest first) is read as a reflected
 * binary (Gray) code: the states of the largest institution come first, and within each group the next institution's
 * members go to the side that touches its members in the neighbouring group. Nested institutions (ASEAN inside APT
 * inside EAS inside ARF) become nested bars, and an institution that straddles a larger one (the TPP across the EAS)
 * stays in one piece where the plain lexicographic order would split it. States with the same pattern follow their
 * codes.
 */
final class Seriation {

    private Seriation() {}

    /** Every state that belongs to one of these institutions (largest first), in the map's order. */
    static List<String> of(List<Set<String>> institutionsLargestFirst) {
        Set<String> states = new TreeSet<>();
        institutionsLargestFirst.forEach(states::addAll);
        Map<String, String> ranks = new HashMap<>();
        states.forEach(state -> ranks.put(state, rank(state, institutionsLargestFirst)));
        List<String> order = new ArrayList<>(states);
        order.sort(Comparator.comparing((String state) -> ranks.getOrDefault(state, ""))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        return order;
    }

    /**
     * The pattern decoded from Gray to plain binary, one bit per institution, most significant first; compared as
     * a string of '0' and '1' of one length, so that any number of institutions fits.
     */
    private static String rank(String state, List<Set<String>> institutions) {
        StringBuilder bits = new StringBuilder(institutions.size());
        boolean parity = false;
        for (Set<String> members : institutions) {
            parity ^= members.contains(state);
            bits.append(parity ? '1' : '0');
        }
        return bits.toString();
    }
}
