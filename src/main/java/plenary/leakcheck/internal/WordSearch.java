package plenary.leakcheck.internal;

import java.util.List;
import plenary.leakcheck.LeakKind;

/** Finds the terms of a {@link Terms} in a folded passage, word by word and, in CJK scripts, character by character. */
public final class WordSearch {

    private WordSearch() {}

    public static void find(FoldedText text, Terms terms, List<Finding> found) {
        for (int w = 0; w < text.wordCount(); w++) {
            String word = text.word(w);
            for (String stem : Inflections.stems(word)) {
                findStartingAt(text, w, terms.startingWith(stem), found);
            }
            if (pluralPossessive(text, w)) {
                findStartingAt(text, w, terms.startingWith(word.substring(0, word.length() - 1)), found);
            }
        }
        if (terms.hasCharacterTerms()) {
            findCharacters(text, terms, found);
        }
    }

    private static void findStartingAt(FoldedText text, int w, List<Term> candidates, List<Finding> found) {
        for (Term term : candidates) {
            int last = lastWord(text, w, term);
            if (last < 0 || !Evidence.holds(text, w, last, term)) {
                continue;
            }
            int title = term.kind() == LeakKind.AFFILIATION ? -1 : Evidence.titleStart(text, w);
            int first = title >= 0 ? title : w;
            LeakKind kind = title >= 0 ? LeakKind.TITLED_NAME : term.kind();
            found.add(new Finding(
                    text.originalStart(text.wordStart(first)),
                    text.originalEnd(text.wordEnd(last) - 1),
                    kind,
                    term.person()));
        }
    }

    /** The last word of the text that the term covers when it starts at word {@code w}, or -1 when it is not there. */
    private static int lastWord(FoldedText text, int w, Term term) {
        int last = w + term.size() - 1;
        if (last >= text.wordCount()) {
            return -1;
        }
        for (int j = 0; j < term.size(); j++) {
            int t = w + j;
            if (j > 0 && !Separators.withinName(text, t - 1, t)) {
                return -1;
            }
            boolean same = Inflections.same(text.word(t), term.words().get(j))
                    || t == last
                            && pluralPossessive(text, t)
                            && text.word(t).equals(term.words().get(j) + "s");
            if (!same) {
                return -1;
            }
        }
        return last;
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
                    found.add(
                            new Finding(text.originalStart(i), text.originalEnd(end - 1), term.kind(), term.person()));
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
