package plenary.leakcheck.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import plenary.leakcheck.LeakKind;

/**
 * Turns the findings of a passage into occurrences: an address takes in the names found inside it, a public
 * name hides the shorter terms inside it ("Kim" in "Kim Jong-il"), and of overlapping findings only the most
 * specific stays (the longest, then a certain one, then the first kind of {@link LeakKind}); findings of the same
 * span are one occurrence identifying everyone found there.
 */
public final class Overlaps {

    private static final Comparator<Finding> MOST_SPECIFIC_FIRST = Comparator.comparingInt(Finding::length)
            .reversed()
            .thenComparing(Finding::ambiguous)
            .thenComparing(Finding::kind)
            .thenComparingInt(Finding::start);

    private Overlaps() {}

    public static List<Occurrence> resolve(List<Finding> found, List<int[]> addresses, List<int[]> publicNames) {
        List<Finding> all = new ArrayList<>(found);
        for (int[] address : addresses) {
            for (Finding finding : found) {
                if (finding.kind() != LeakKind.EMAIL && finding.within(address[0], address[1])) {
                    all.add(new Finding(address[0], address[1], LeakKind.EMAIL, finding.person(), finding.ambiguous()));
                }
            }
        }
        all.removeIf(finding -> publicNames.stream()
                .anyMatch(name -> finding.within(name[0], name[1]) && finding.length() < name[1] - name[0]));
        all.sort(MOST_SPECIFIC_FIRST);
        List<Occurrence> kept = new ArrayList<>();
        for (Finding finding : all) {
            Occurrence same = null;
            boolean overlapped = false;
            for (Occurrence occurrence : kept) {
                if (occurrence.start() == finding.start() && occurrence.end() == finding.end()) {
                    same = occurrence;
                } else if (finding.start() < occurrence.end() && occurrence.start() < finding.end()) {
                    overlapped = true;
                }
            }
            if (same != null) {
                same.people().add(finding.person());
            } else if (!overlapped) {
                kept.add(new Occurrence(finding));
            }
        }
        kept.sort(Comparator.comparingInt(Occurrence::start));
        return kept;
    }
}
