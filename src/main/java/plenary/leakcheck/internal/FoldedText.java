package plenary.leakcheck.internal;

/**
 * A passage folded for comparison ({@link CharacterFolding}), each folded character remembering the span of the
 * original it came from, and cut into words. A word hyphenated across a line break ("Iva-\nnov") is joined
 * again; invisible characters vanish.
 */
public final class FoldedText {

    private final String original;
    private final char[] chars;
    private final int[] from;
    private final int[] to;
    private final int length;
    private int[] wordStart;
    private int[] wordEnd;
    private String[] words;
    private int wordCount;

    FoldedText(String original, char[] chars, int[] from, int[] to, int length) {
        this.original = original;
        this.chars = chars;
        this.from = from;
        this.to = to;
        this.length = length;
        cut();
    }

    public static FoldedText of(String text) {
        return new TextFolding(text).fold();
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

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || CharacterFolding.continuesCluster(c);
    }

    String original() {
        return original;
    }

    /** The whole folded text. */
    public String folded() {
        return new String(chars, 0, length);
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    /** Where in the original the folded character at {@code i} starts. */
    int originalStart(int i) {
        return from[i];
    }

    /** Where in the original the folded character at {@code i} ends. */
    int originalEnd(int i) {
        return to[i];
    }

    int wordCount() {
        return wordCount;
    }

    String word(int w) {
        return words[w];
    }

    int wordStart(int w) {
        return wordStart[w];
    }

    int wordEnd(int w) {
        return wordEnd[w];
    }

    /** The word as the original writes it, in the order it is seen (a word behind a right-to-left override turned). */
    String originalWord(int w) {
        StringBuilder word = new StringBuilder(wordEnd[w] - wordStart[w]);
        int previous = -1;
        for (int i = wordStart[w]; i < wordEnd[w]; i++) {
            if (from[i] != previous) {
                word.append(original, from[i], to[i]);
                previous = from[i];
            }
        }
        return word.toString();
    }

    /** Where in the original the folded characters {@code start..end} begin (text reversed for display included). */
    int spanStart(int start, int end) {
        int min = from[start];
        for (int i = start + 1; i < end; i++) {
            min = Math.min(min, from[i]);
        }
        return min;
    }

    /** Where in the original the folded characters {@code start..end} end. */
    int spanEnd(int start, int end) {
        int max = to[end - 1];
        for (int i = start; i < end - 1; i++) {
            max = Math.max(max, to[i]);
        }
        return max;
    }

    /** Whether the word is written with a capital (or title-case) first letter. */
    boolean capitalised(int w) {
        int cp = original.codePointAt(from[wordStart[w]]);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Whether the word is written in capitals only ("NGUYEN", "IMEMO"). */
    boolean allCapitals(int w) {
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
