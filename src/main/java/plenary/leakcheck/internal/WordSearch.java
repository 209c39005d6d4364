package plenary.leakcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import plenary.leakcheck.LeakKind;

/**
 * Finds the terms of a {@link Terms} in a folded passage, word by word and, in CJK scripts, character by character:
 * a word in any spelling the romanisation keys make alike, a name split by hyphens ("Thistle-wood"), and a name with
 * digits standing for some of its letters ("B3loretsky").
 */
public final class WordSearch {

    /** How many hyphenated pieces a split name may have. */
    private static final int MOST_PIECES = 3;

    private WordSearch() {}

    public static void find(FoldedText text, Terms terms, List<Finding> found) {
        TextKeys keys = new TextKeys(text);
        for (int w = 0; w < text.wordCount(); w++) {
            String word = text.word(w);
            List<Term> seen = new ArrayList<>(0);
            for (String stem : Inflections.stems(word)) {
                findStartingAt(text, keys, w, terms.startingWith(stem), seen, found);
            }
            for (String key : keys.of(w)) {
                findStartingAt(text, keys, w, terms.startingWithKey(key), seen, found);
            }
            if (pluralPossessive(text, w)) {
                findStartingAt(text, keys, w, terms.startingWith(word.substring(0, word.length() - 1)), seen, found);
            }
            findSplit(text, w, terms, found);
            findWithDigits(text, w, terms, found);
        }
        if (terms.hasCharacterTerms()) {
            findCharacters(text, terms, found);
        }
    }

    private static void findStartingAt(
            FoldedText text, TextKeys keys, int w, List<Term> candidates, List<Term> seen, List<Finding> found) {
        for (Term term : candidates) {
            if (seen.contains(term)) {
                continue;
            }
            seen.add(term);
            int last = lastWord(text, keys, w, term);
            if (last >= 0) {
                add(text, w, last, term, found);
            }
        }
    }

    private static void add(FoldedText text, int w, int last, Term term, List<Finding> found) {
        Evidence.Verdict verdict = Evidence.of(text, w, last, term);
        if (verdict == Evidence.Verdict.NONE) {
            return;
        }
        int title = term.kind() == LeakKind.AFFILIATION ? -1 : Evidence.titleStart(text, w);
        int first = title >= 0 ? title : w;
        LeakKind kind = title >= 0 ? LeakKind.TITLED_NAME : term.kind();
        found.add(new Finding(
                text.spanStart(text.wordStart(first), text.wordEnd(last)),
                text.spanEnd(text.wordStart(first), text.wordEnd(last)),
                kind,
                term.person(),
                title < 0 && verdict == Evidence.Verdict.AMBIGUOUS));
    }

    /** The last word of the text that the term covers when it starts at word {@code w}, or -1 when it is not there. */
    private static int lastWord(FoldedText text, TextKeys keys, int w, Term term) {
        int last = w + term.size() - 1;
        if (last >= text.wordCount()) {
            return -1;
        }
        for (int j = 0; j < term.size(); j++) {
            int t = w + j;
            if (j > 0 && !Separators.withinName(text, t - 1, t)) {
                return -1;
            }
            boolean same = term.same(j, text.word(t), keys.of(t))
                    || t == last
                            && pluralPossessive(text, t)
                            && text.word(t).equals(term.words().get(j) + "s");
            if (!same) {
                return -1;
            }
        }
        return last;
    }

    /** A one-word name written in pieces joined by hyphens ("Thistle-wood", "Belo-retsky"). */
    private static void findSplit(FoldedText text, int w, Terms terms, List<Finding> found) {
        StringBuilder joined = new StringBuilder(text.word(w));
        for (int last = w + 1; last < text.wordCount() && last < w + MOST_PIECES; last++) {
            if (text.wordStart(last) - text.wordEnd(last - 1) != 1 || text.charAt(text.wordEnd(last - 1)) != '-') {
                return;
            }
            joined.append(text.word(last));
            String word = joined.toString();
            Set<String> wordKeys = TextKeys.ofWord(word, word);
            List<Term> candidates = new ArrayList<>(terms.startingWith(word));
            wordKeys.forEach(key -> candidates.addAll(terms.startingWithKey(key)));
            for (Term term : candidates) {
                if (term.size() == 1 && term.same(0, word, wordKeys)) {
                    add(text, w, last, term, found);
                }
            }
        }
    }

    /** A word of letters and a digit or two, each digit standing for a letter of a name ("B3loretsky"). */
    private static void findWithDigits(FoldedText text, int w, Terms terms, List<Finding> found) {
        String word = text.word(w);
        int digits = 0;
        for (int i = 0; i < word.length(); i++) {
            digits += Character.isDigit(word.charAt(i)) ? 1 : 0;
        }
        if (digits == 0 || digits > 2 || word.length() - digits < 3) {
            return;
        }
        for (Term term : terms.oneWord()) {
            boolean same = standsFor(word, term.first());
            for (String key : term.keys().get(0)) {
                same |= !key.startsWith(Romanisation.STEM) && standsFor(word, key);
            }
            if (same) {
                add(text, w, w, term, found);
            }
        }
    }

    /** Whether the word is the name (or its Latin key) with digits for some of its letters. */
    private static boolean standsFor(String word, String name) {
        if (name.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != word.charAt(i) && !Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "The Ivanovs' proposal": a word ending in s right before an apostrophe that ends it. */
    private static boolean pluralPossessive(FoldedText text, int w) {
        int e = text.wordEnd(w);
        return text.word(w).length() > 3
                && text.word(w).endsWith("s")
                && e < text.length()
                && text.charAt(e) == '\''
                && (e + 1 == text.length() || !FoldedText.isWordChar(text.charAt(e + 1)));
    }

    private static void findCharacters(FoldedText text, Terms terms, List<Finding> found) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x1100) {
                continue;
            }
            for (Term term : terms.startingWithCharacter(c)) {
                int end = matchCharacters(text, i, term.first());
                if (end > 0) {
                    found.add(new Finding(
                            text.originalStart(i), text.originalEnd(end - 1), term.kind(), term.person(), false));
                }
            }
        }
    }

    /** Where the characters end in the text when they start at {@code i}, spaces between them allowed; else -1. */
    private static int matchCharacters(FoldedText text, int i, String characters) {
        int t = i;
        for (int k = 0; k < characters.length(); k++) {
            while (k > 0 && t < text.length() && (text.charAt(t) == ' ' || text.charAt(t) == '\n')) {
                t++;
            }
            if (t >= text.length() || text.charAt(t) != characters.charAt(k)) {
                return -1;
            }
            t++;
        }
        return t;
    }
}
