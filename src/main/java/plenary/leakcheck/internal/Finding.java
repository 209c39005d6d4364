package plenary.leakcheck.internal;

import plenary.leakcheck.LeakKind;

/**
 * A term found in a passage, between two offsets of the original text, before overlaps are resolved; {@code
 * ambiguous} when only the keeper can tell whether it is a name.
 */
public record Finding(int start, int end, LeakKind kind, int person, boolean ambiguous) {

    int length() {
        return end - start;
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    boolean within(int from, int to) {
        return from <= start && end <= to;
    }
}
