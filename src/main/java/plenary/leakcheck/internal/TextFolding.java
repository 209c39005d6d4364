package plenary.leakcheck.internal;

import java.util.Arrays;

/**
 * One pass over a passage that folds it character by character ({@link CharacterFolding}), joins words hyphenated
 * across a line break, drops invisible characters, and remembers for each folded character where in the
 * original it came from.
 */
final class TextFolding {

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
        while (i < n) {
            char c = t.charAt(i);
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
        return new FoldedText(original, chars, from, to, length);
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
