package plenary.leakcheck.internal;

import java.util.Arrays;

/**
 * A passage folded for comparison ({@link Folding}), each folded character remembering the span of the
 * original it came from, and cut into words. A word hyphenated across a line break ("Iva-\nnov") is joined
 * again; invisible characters vanish.
 */
public final class FoldedText {

    private final String original;
    private char[] chars;
    private int[] from;
    private int[] to;
    private int length;
    private int[] wordStart;
    private int[] wordEnd;
    private String[] words;
    private int wordCount;

    private FoldedText(String original) {
        this.original = original;
        int capacity = original.length() + 16;
        chars = new char[capacity];
        from = new int[capacity];
        to = new int[capacity];
    }

    public static FoldedText of(String text) {
        FoldedText folded = new FoldedText(text);
        folded.fold();
        folded.cut();
        return folded;
    }

    private void fold() {
        String t = original;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            boolean plain = c < 0x80 && (i + 1 == n || t.charAt(i + 1) < 0x300);
            int end = plain ? i + 1 : clusterEnd(i);
            int cp = plain ? c : t.codePointAt(i);
            if (Folding.isHyphen(cp) || cp == Folding.SOFT_HYPHEN) {
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
            } else if (cp == '\r' && end < n && t.charAt(end) == '\n' || Folding.isInvisible(cp)) {
                // a CR before its LF, or a character that only looks like nothing
            } else if (Folding.isLineBreak(cp)) {
                emit('\n', i, end);
            } else if (Folding.isSpace(cp)) {
                emit(' ', i, end);
            } else if (Folding.isHyphen(cp)) {
                emit('-', i, end);
            } else if (Folding.isApostrophe(cp)) {
                emit('\'', i, end);
            } else {
                String folded = Folding.fold(t.substring(i, end));
                for (int k = 0; k < folded.length(); k++) {
                    emit(folded.charAt(k), i, end);
                }
            }
            i = end;
        }
    }

    private int clusterEnd(int start) {
        int end = start + Character.charCount(original.codePointAt(start));
        while (end < original.length() && Folding.continuesCluster(original.codePointAt(end))) {
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
        if (j >= t.length() || !Folding.isLineBreak(t.charAt(j))) {
            return t.charAt(hyphen) == Folding.SOFT_HYPHEN ? after : -1;
        }
        j++;
        while (j < t.length() && Folding.isSpace(t.charAt(j)) && !Folding.isLineBreak(t.charAt(j))) {
            j++;
        }
        boolean wordGoesOn = j < t.length() && Character.isLetter(t.codePointAt(j))
                && !Character.isUpperCase(t.codePointAt(j));
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

    private void cut() {
        wordStart = new int[length / 2 + 1];
        wordEnd = new int[length / 2 + 1];
        words = new String[length / 2 + 1];
        int i = 0;
        while (i < length) {
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isWordChar(chars[i])) {
                i++;
            }
            wordStart[wordCount] = start;
            wordEnd[wordCount] = i;
            words[wordCount] = new String(chars, start, i - start);
            wordCount++;
        }
    }

    public static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Folding.continuesCluster(c);
    }

    public String original() {
        return original;
    }

    /** The whole folded text. */
    public String folded() {
        return new String(chars, 0, length);
    }

    public int length() {
        return length;
    }

    public char charAt(int i) {
        return chars[i];
    }

    /** Where in the original the folded character at {@code i} starts. */
    public int originalStart(int i) {
        return from[i];
    }

    /** Where in the original the folded character at {@code i} ends. */
    public int originalEnd(int i) {
        return to[i];
    }

    public int wordCount() {
        return wordCount;
    }

    public String word(int w) {
        return words[w];
    }

    public int wordStart(int w) {
        return wordStart[w];
    }

    public int wordEnd(int w) {
        return wordEnd[w];
    }

    /** Whether the word is written with a capital (or title-case) first letter. */
    public boolean capitalised(int w) {
        int cp = original.codePointAt(from[wordStart[w]]);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Whether the word is written in capitals only ("NGUYEN", "IMEMO"). */
    public boolean allCapitals(int w) {
        boolean upper = false;
        for (int i = from[wordStart[w]]; i < to[wordEnd[w] - 1]; i++) {
            char c = original.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }
}
