package plenary.leakcheck.internal;

import org.jspecify.annotations.Nullable;

/**
 * Whether the words of a passage around a term show it to be a name: a title before it, a possessive or a
 * reporting verb after it, a capital where English would not put one.
 */
final class Evidence {

    private static final String SENTENCE_ENDS = ".!?:";
    private static final String OPENERS = "\"'“‘«„‹([{*•·";

    private Evidence() {}

    /** What the words around a term say: it is a name, it may be one (the keeper must look), or it is none. */
    enum Verdict {
        CERTAIN,
        AMBIGUOUS,
        NONE
    }

    /** Whether the words {@code first..last} of the text meet what the term requires of them. */
    static Verdict of(FoldedText text, int first, int last, Term term) {
        boolean holds = switch (term.requirement()) {
            case ANYHOW -> true;
            case IN_CAPITALS -> text.allCapitals(first);
            case CAPITALISED -> text.capitalised(first);
            case SHORT_NAME -> text.capitalised(first) && !text.allCapitals(first) && !joinedToLowerCase(text, first);
            case NAME_CAPITALS -> nameCapitals(text, first, term);
            case COMMON_WORD -> false;
        };
        if (term.requirement() == Requirement.COMMON_WORD) {
            return commonWordIsName(text, first, CommonWords.kindOf(term.first()));
        }
        return holds ? Verdict.CERTAIN : Verdict.NONE;
    }

    /**
     * A capitalised common word with a title, a possessive or a reporting verb is a name; capitalised in the middle
     * of a sentence, an ordinary one is too. Where the capital proves nothing (at a sentence start, in title case, a
     * month) and nothing else tells, it may be a name: the keeper decides. A pronoun is only a name after a title.
     */
    private static Verdict commonWordIsName(FoldedText text, int w, @Nullable CommonWord kind) {
        if (kind == null) {
            return Verdict.CERTAIN;
        }
        if (!text.capitalised(w)) {
            return Verdict.NONE;
        }
        boolean titled = titleStart(text, w) >= 0;
        if (kind == CommonWord.SUBJECT) {
            return titled ? Verdict.CERTAIN : Verdict.NONE;
        }
        boolean named = titled || possessive(text, w) || reportingVerbAfter(text, w);
        if (named) {
            return Verdict.CERTAIN;
        }
        boolean opens = sentenceStart(text, w);
        if (kind == CommonWord.PROPER) {
            return opens ? Verdict.AMBIGUOUS : Verdict.NONE;
        }
        return opens || titleCase(text, w) ? Verdict.AMBIGUOUS : Verdict.CERTAIN;
    }

    /** The first word of the title (and its qualifiers) right before word {@code w}, or -1 when there is none. */
    static int titleStart(FoldedText text, int w) {
        if (w == 0 || !Vocabulary.isTitle(text.word(w - 1)) || !titleSeparator(text, w - 1, w)) {
            return -1;
        }
        int start = w - 1;
        while (start > 0
                && titleSeparator(text, start - 1, start)
                && (Vocabulary.isTitle(text.word(start - 1)) || Vocabulary.qualifiesTitle(text.word(start - 1)))) {
            start--;
        }
        return start;
    }

    private static boolean titleSeparator(FoldedText text, int before, int after) {
        int i = text.wordEnd(before);
        if (text.charAt(i) == '.' && Vocabulary.isAbbreviatedTitle(text.word(before))) {
            i++;
        }
        return Separators.only(text, i, text.wordStart(after), " \n-");
    }

    private static boolean possessive(FoldedText text, int w) {
        int e = text.wordEnd(w);
        if (e >= text.length() || text.charAt(e) != '\'') {
            return false;
        }
        if (e + 1 < text.length() && text.charAt(e + 1) == 's') {
            return e + 2 == text.length() || !FoldedText.isWordChar(text.charAt(e + 2));
        }
        return text.word(w).endsWith("s") && (e + 1 == text.length() || !FoldedText.isWordChar(text.charAt(e + 1)));
    }

    private static boolean reportingVerbAfter(FoldedText text, int w) {
        for (int v = w + 1; v < text.wordCount() && v <= w + 3; v++) {
            if (!Separators.only(text, text.wordEnd(v - 1), text.wordStart(v), " \n,")) {
                return false;
            }
            if (Vocabulary.isReportingVerb(text.word(v))) {
                return true;
            }
            if (!Vocabulary.isAdverb(text.word(v))) {
                return false;
            }
        }
        return false;
    }

    /** Whether word {@code w} opens a sentence, a paragraph or the passage. */
    static boolean sentenceStart(FoldedText text, int w) {
        int breaks = 0;
        for (int i = text.wordStart(w) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && ++breaks == 2) {
                return true;
            }
            if (c != '\n' && c != ' ' && OPENERS.indexOf(c) < 0) {
                return SENTENCE_ENDS.indexOf(c) >= 0;
            }
        }
        return true;
    }

    /** Whether a capitalised common word stands right next to word {@code w}, as in a heading in title case. */
    private static boolean titleCase(FoldedText text, int w) {
        int p = w - 1;
        if (p >= 0
                && Separators.only(text, text.wordEnd(p), text.wordStart(w), " \n")
                && text.capitalised(p)
                && (CommonWords.isCommon(text.word(p)) && !sentenceStart(text, p)
                        || text.allCapitals(p) && text.allCapitals(w))) {
            return true;
        }
        int n = w + 1;
        return n < text.wordCount()
                && Separators.only(text, text.wordEnd(w), text.wordStart(n), " \n")
                && text.capitalised(n)
                && CommonWords.isCommon(text.word(n));
    }

    /** Whether the words the term marks (initials, common words) are capitalised. */
    private static boolean nameCapitals(FoldedText text, int first, Term term) {
        for (int j = 0; j < term.size() && j < Integer.SIZE; j++) {
            if ((term.capitals() & 1 << j) != 0 && !text.capitalised(first + j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinedToLowerCase(FoldedText text, int w) {
        int e = text.wordEnd(w);
        return e + 1 < text.length()
                && text.charAt(e) == '-'
                && FoldedText.isWordChar(text.charAt(e + 1))
                && Character.isLowerCase(text.original().charAt(text.originalStart(e + 1)));
    }
}
