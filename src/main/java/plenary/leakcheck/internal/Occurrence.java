package plenary.leakcheck.internal;

import java.util.SortedSet;
import java.util.TreeSet;
import plenary.leakcheck.LeakKind;

/** One place of a passage that leaks, or may leak ({@code ambiguous}), with everyone it identifies. */
public record Occurrence(int start, int end, LeakKind kind, SortedSet<Integer> people, boolean ambiguous) {

    Occurrence(Finding finding) {
        this(finding.start(), finding.end(), finding.kind(), new TreeSet<>(), finding.ambiguous());
        people.add(finding.person());
    }
}
