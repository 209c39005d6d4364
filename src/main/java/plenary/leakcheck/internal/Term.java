package plenary.leakcheck.internal;

import java.util.List;
import java.util.Set;
import plenary.leakcheck.LeakKind;

/**
 * One way of writing what identifies a person, as folded words ("kim", "min", "jun"), or as one string of
 * Han, Hangul or kana characters searched for as a substring; {@code person} is the person's place in the
 * list the check was compiled against; {@code capitals} marks (one bit by position) the words that must be
 * capitalised under {@link Requirement#NAME_CAPITALS}; {@code keys} the romanisation keys of each word
 * ({@link Romanisation}).
 */
record Term(
        List<String> words, LeakKind kind, int person, Requirement requirement, int capitals, List<Set<String>> keys) {

    Term {
        words = List.copyOf(words);
        keys = List.copyOf(keys);
    }

    /** Whether word {@code j} of the term is this word of a text, whose keys are given, in any spelling or case. */
    boolean same(int j, String word, Set<String> wordKeys) {
        if (Inflections.same(word, words.get(j))) {
            return true;
        }
        if (j >= keys.size()) {
            return false;
        }
        for (String key : wordKeys) {
            if (keys.get(j).contains(key)) {
                return true;
            }
        }
        return false;
    }

    String first() {
        return words.get(0);
    }

    int size() {
        return words.size();
    }
}
