package plenary.leakcheck.internal;

import java.util.Arrays;

/**
 * One pass over a passage that folds it character by character ({@link CharacterFolding}), joins words hyphenated
 * across a line break, drops invisible characters, turns text behind a right-to-left override the way it is seen,
 * joins letters spaced out, and remembers for each folded character where in the original it came from.
 */
final class TextFolding {

    private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
    private static final char RIGHT_TO_LEFT_ISOLATE = '\u2067';
    private static final char POP_FORMATTING = '\u202C';
    private static final char POP_ISOLATE = '\u2069';
    private static final int SPACED_LETTERS = 4;

    private final String original;
    private char[] chars;
    private int[] from;
    private int[] to;
    private int length;

    TextFolding(String original) {
        this.original = original;
        int capacity = original.length() + 16;
        chars = new char[capacity];
        from = new int[capacity];
        to = new int[capacity];
    }

    FoldedText fold() {
        String t = original;
        int n = t.length();
        int i = 0;
        int reversedFrom = -1;
        while (i < n) {
            char c = t.charAt(i);
            if (c == RIGHT_TO_LEFT_OVERRIDE || c == RIGHT_TO_LEFT_ISOLATE) {
                reversedFrom = reversedFrom < 0 ? length : reversedFrom;
            } else if (reversedFrom >= 0
                    && (c == POP_FORMATTING || c == POP_ISOLATE || CharacterFolding.isLineBreak(c))) {
                reverse(reversedFrom);
                reversedFrom = -1;
            }
            boolean plain = c < 0x80 && (i + 1 == n || t.charAt(i + 1) < 0x300);
            int end = plain ? i + 1 : clusterEnd(i);
            int cp = plain ? c : t.codePointAt(i);
            if (CharacterFolding.isHyphen(cp) || cp == CharacterFolding.SOFT_HYPHEN) {
                int resume = afterLineBreakHyphen(i, end);
                if (resume >= 0) {
                    i = resume;
                    continue;
                }
            }
            if (plain && c >= 'A' && c <= 'Z') {
                emit((char) (c + 32), i, end);
            } else if (plain && c != '\r' && c != '\t' && c != 0x0B && c != 0x0C) {
                emit(c, i, end);
            } else if (cp == '\r' && end < n && t.charAt(end) == '\n' || CharacterFolding.isInvisible(cp)) {
                // a CR before its LF, or a character that only looks like nothing
            } else if (CharacterFolding.isLineBreak(cp)) {
                emit('\n', i, end);
            } else if (CharacterFolding.isSpace(cp)) {
                emit(' ', i, end);
            } else if (CharacterFolding.isHyphen(cp)) {
                emit('-', i, end);
            } else if (CharacterFolding.isApostrophe(cp)) {
                emit('\'', i, end);
            } else {
                String folded = CharacterFolding.fold(t.substring(i, end));
                for (int k = 0; k < folded.length(); k++) {
                    emit(folded.charAt(k), i, end);
                }
            }
            i = end;
        }
        if (reversedFrom >= 0) {
            reverse(reversedFrom);
        }
        joinSpacedLetters();
        return new FoldedText(original, chars, from, to, length);
    }

    /** Text after a right-to-left override is shown in reverse: folded as it is seen, not as it is stored. */
    private void reverse(int start) {
        for (int a = start, b = length - 1; a < b; a++, b--) {
            char c = chars[a];
            chars[a] = chars[b];
            chars[b] = c;
            int f = from[a];
            from[a] = from[b];
            from[b] = f;
            int e = to[a];
            to[a] = to[b];
            to[b] = e;
        }
    }

    /**
     * Letters spaced out ("B e l o r e t s k y") are read as the word they spell: in a run of at least {@value
     * SPACED_LETTERS} single letters, each one space apart, the spaces go.
     */
    private void joinSpacedLetters() {
        int i = 0;
        // Most texts have no such run: find the first cheaply, a single letter followed by a space and a letter.
        while (i < length && !startsSpacedLetters(i)) {
            i++;
        }
        int kept = i;
        while (i < length) {
            int run = spacedRun(i);
            if (run >= SPACED_LETTERS) {
                for (int k = 0; k < run; k++) {
                    move(i + 2 * k, kept++);
                }
                i += 2 * run - 1;
            } else {
                move(i++, kept++);
            }
        }
        length = kept;
    }

    private boolean startsSpacedLetters(int i) {
        return i + 2 < length
                && chars[i + 1] == ' '
                && Character.isLetter(chars[i + 2])
                && spacedRun(i) >= SPACED_LETTERS;
    }

    /** How many single letters, each one space from the next, start at {@code i} (after no letter). */
    private int spacedRun(int i) {
        if (i > 0 && FoldedText.isWordChar(chars[i - 1])
                || i + 1 < length && FoldedText.isWordChar(chars[i + 1])
                || !Character.isLetter(chars[i])) {
            return 0;
        }
        int run = 0;
        int j = i;
        while (j < length
                && Character.isLetter(chars[j])
                && (j + 1 == length || !FoldedText.isWordChar(chars[j + 1]))) {
            run++;
            if (j + 2 < length && chars[j + 1] == ' ' && Character.isLetter(chars[j + 2])) {
                j += 2;
            } else {
                break;
            }
        }
        return run;
    }

    private void move(int source, int target) {
        chars[target] = chars[source];
        from[target] = from[source];
        to[target] = to[source];
    }

    private int clusterEnd(int start) {
        int end = start + Character.charCount(original.codePointAt(start));
        while (end < original.length() && CharacterFolding.continuesCluster(original.codePointAt(end))) {
            end += Character.charCount(original.codePointAt(end));
        }
        return end;
    }

    /** Where the word goes on when this hyphen only breaks it at the end of a line, else -1. */
    private int afterLineBreakHyphen(int hyphen, int after) {
        String t = original;
        if (length == 0 || !Character.isLetterOrDigit(chars[length - 1])) {
            return -1;
        }
        int j = after;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
            j++;
        }
        if (j < t.length() && t.charAt(j) == '\r') {
            j++;
        }
        if (j >= t.length() || !CharacterFolding.isLineBreak(t.charAt(j))) {
            return t.charAt(hyphen) == CharacterFolding.SOFT_HYPHEN ? after : -1;
        }
        j++;
        while (j < t.length() && CharacterFolding.isSpace(t.charAt(j)) && !CharacterFolding.isLineBreak(t.charAt(j))) {
            j++;
        }
        boolean wordGoesOn =
                j < t.length() && Character.isLetter(t.codePointAt(j)) && !Character.isUpperCase(t.codePointAt(j));
        return wordGoesOn ? j : -1;
    }

    private void emit(char c, int start, int end) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
            from = Arrays.copyOf(from, length * 2);
            to = Arrays.copyOf(to, length * 2);
        }
        chars[length] = c;
        from[length] = start;
        to[length] = end;
        length++;
    }
}
