package plenary.leakcheck.internal;

/** What may stand between two words that belong together: never a blank line, and only the characters allowed. */
final class Separators {

    private Separators() {}

    /** Whether the folded characters {@code from..to} are only of {@code allowed}, with at most one line break. */
    static boolean only(FoldedText text, int from, int to, String allowed) {
        boolean lineBreak = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (allowed.indexOf(c) < 0 || c == '\n' && lineBreak) {
                return false;
            }
            lineBreak |= c == '\n';
        }
        return true;
    }

    /**
     * Whether words {@code before} and {@code after} may belong to one name: between them only spaces, one line
     * break, hyphens and apostrophes, or a full stop after an initial ("S. Ivanov") or with nothing around it
     * ("sergei.ivanov"); never a sentence's end or a comma.
     */
    static boolean withinName(FoldedText text, int before, int after) {
        int from = text.wordEnd(before);
        int to = text.wordStart(after);
        int stop = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                if (stop >= 0) {
                    return false;
                }
                stop = i;
            }
        }
        if (stop < 0) {
            return only(text, from, to, " \n-'");
        }
        boolean initial = text.word(before).length() == 1 && stop == from;
        return initial && only(text, from + 1, to, " \n-'") || to - from == 1;
    }
}
