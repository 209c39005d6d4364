package plenary.leakcheck.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How one written character compares with another: case, diacritics, compatibility forms (full-width letters,
 * ligatures) and NFC or NFD input all fold away, Hangul and Han characters stay whole, and the many
 * apostrophes, hyphens and spaces of typeset text become one of each.
 */
final class CharacterFolding {

    static final char SOFT_HYPHEN = '\u00AD';

    private CharacterFolding() {}

    /** Whether this code point belongs to the character before it (a combining mark, a Hangul jamo vowel or final). */
    static boolean continuesCluster(int cp) {
        if (cp >= 0x1160 && cp <= 0x11FF || cp >= 0xFE00 && cp <= 0xFE0F) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Scripts written without spaces between words, where a name is searched for as a substring. */
    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    static boolean isCyrillic(char c) {
        return c >= 0x0400 && c <= 0x052F;
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\''
                || cp == 0x2019
                || cp == 0x2018
                || cp == 0x02BC
                || cp == 0x2032
                || cp == 0x00B4
                || cp == 0x0060
                || cp == 0xFF07;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85 || cp == 0x0B || cp == 0x0C;
    }

    /** Invisible characters that must not split a name: zero-width spaces and joiners, the byte-order mark. */
    static boolean isInvisible(int cp) {
        return cp == SOFT_HYPHEN || Character.getType(cp) == Character.FORMAT;
    }

    /** The folded form of one character with its combining marks (a cluster); empty when it folds away. */
    static String fold(String cluster) {
        String composed = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
        if (composed.codePointCount(0, composed.length()) == 1 && isCjk(composed.codePointAt(0))) {
            return composed;
        }
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                folded.append(special(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT)));
            }
        });
        return folded.toString();
    }

    /** Letters that carry no combining mark to strip but are written without it in transliteration. */
    private static String special(String lower) {
        return switch (lower) {
            case "ß" -> "ss";
            case "æ" -> "ae";
            case "œ" -> "oe";
            case "ø" -> "o";
            case "đ", "ð" -> "d";
            case "ł" -> "l";
            case "ı" -> "i";
            case "þ" -> "th";
            case "ħ" -> "h";
            case "ς" -> "σ";
            default -> lower;
        };
    }
}
