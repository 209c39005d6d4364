package plenary.leakcheck.internal;

import java.util.List;
import plenary.leakcheck.LeakKind;

/**
 * One way of writing what identifies a person, as folded words ("kim", "min", "jun"), or as one string of
 * Han, Hangul or kana characters searched for as a substring; {@code person} is the person's place in the
 * list the check was compiled against; {@code capitals} marks (one bit by position) the words that must be
 * capitalised under {@link Requirement#NAME_CAPITALS}.
 */
record Term(List<String> words, LeakKind kind, int person, Requirement requirement, int capitals) {

    Term {
        words = List.copyOf(words);
    }

    String first() {
        return words.get(0);
    }

    int size() {
        return words.size();
    }
}
