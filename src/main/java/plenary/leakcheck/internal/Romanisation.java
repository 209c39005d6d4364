package plenary.leakcheck.internal;

import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a word of a name compares across scripts and romanisation systems, with ICU4J doing the transliteration
 * (Russian-Latin/BGN for Cyrillic, Latin-Hangul for a Latin name written in Hangul) and the Unicode confusables
 * (SpoofChecker's skeletons) telling which letters of another script look like Latin ones. A word's key is its
 * Latin form with what romanisation systems write differently made alike: a final -y, -iy, -ij or -i, kh and h,
 * the long vowels of Japanese (oh, ou, oo, uu), a leading ye and e. Its stems are the Latin forms without the
 * endings Russian adds for case and gender, so that "Белорецкого" meets "Beloretsky".
 */
final class Romanisation {

    /** Marks a stem key, which only a word in Cyrillic may match. */
    static final String STEM = "~";

    private static final ThreadLocal<Transliterator> CYRILLIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> HANGUL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-Hangul"));
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

    // Russian case and gender endings as BGN writes them once й has folded into и (ий → ii, ой → oi).
    private static final List<String> ENDINGS = List.of(
            "yami", "ymi", "imi", "ogo", "ego", "omu", "emu", "oyu", "eyu", "ykh", "ikh", "uyu", "yuyu", "aya", "yaya",
            "oi", "ei", "yi", "ii", "om", "em", "ym", "im", "a", "ya", "u", "yu", "e", "y", "i");

    private Romanisation() {}

    /** The keys of a folded word: its key, and for a word of a name or a word in Cyrillic, its stem keys too. */
    static Set<String> keys(String folded, boolean withStems) {
        String latin = latin(folded);
        Set<String> keys = new LinkedHashSet<>(4);
        if (latin.isEmpty()) {
            return keys;
        }
        keys.add(key(latin));
        if (withStems) {
            keys.add(STEM + key(latin));
            for (String ending : ENDINGS) {
                if (latin.endsWith(ending) && latin.length() - ending.length() >= 3) {
                    keys.add(STEM + key(latin.substring(0, latin.length() - ending.length())));
                }
            }
        }
        return keys;
    }

    /** The word in lower-case Latin letters: Cyrillic transliterated; empty when it has letters of another script. */
    static String latin(String folded) {
        boolean ascii = true;
        boolean cyrillic = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            ascii &= c < 0x80;
            cyrillic |= CharacterFolding.isCyrillic(c);
        }
        String latin = ascii ? folded : cyrillic ? CYRILLIC.get().transliterate(folded) : "";
        StringBuilder letters = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (c >= 0x80 && Character.isLetter(c) || Character.isDigit(c)) {
                return "";
            }
        }
        return letters.toString();
    }

    static boolean isCyrillic(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (CharacterFolding.isCyrillic(folded.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** What romanisation systems write differently, made alike; a word shorter than four letters is its own key. */
    static String key(String latin) {
        if (latin.length() < 4 || alreadyKey(latin)) {
            return latin;
        }
        String s = latin.startsWith("ye") ? latin.substring(1) : latin;
        StringBuilder key = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            // A long vowel of Japanese after a consonant or opening the word: not "eou" of Seoul, nor "you".
            boolean opens = i == 0 || !vowel(s.charAt(i - 1));
            boolean longVowel =
                    opens && c == 'o' && (next == 'o' || (next == 'u' || next == 'h') && !vowel(after(s, i + 2)))
                            || opens && c == 'u' && next == 'u';
            if (longVowel) {
                key.append(c);
                i++;
            } else if (c == 'k' && next == 'h') {
                key.append('h');
                i++;
            } else {
                key.append(c);
            }
        }
        int end = key.length();
        while (end > 2 && "iyj".indexOf(key.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end < key.length()) {
            key.setLength(end);
            key.append('i');
        }
        return key.toString();
    }

    /** Whether nothing of the word differs between romanisations, as for most words: checked without copying it. */
    private static boolean alreadyKey(String latin) {
        if (latin.startsWith("ye") || "iyj".indexOf(latin.charAt(latin.length() - 1)) >= 0) {
            return false;
        }
        for (int i = 0; i + 1 < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = latin.charAt(i + 1);
            if (c == 'k' && next == 'h'
                    || c == 'o' && (next == 'o' || next == 'u' || next == 'h')
                    || c == 'u' && next == 'u') {
                return false;
            }
        }
        return true;
    }

    private static char after(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /**
     * The word as it looks, when it mixes Latin letters with look-alikes of another script ("Вeloretsky" with a
     * Cyrillic В): each such letter replaced by the Latin letter its confusable skeleton is; else null.
     */
    static @Nullable String lookalike(String original) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            latin |= c < 0x80 && Character.isLetter(c);
            other |= c >= 0x370 && Character.isLetter(c);
        }
        if (!latin || !other) {
            return null;
        }
        StringBuilder seen = new StringBuilder(original.length());
        original.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            if (cp < 0x370 || !Character.isLetter(cp)) {
                seen.append(one);
                return;
            }
            String skeleton = CONFUSABLES.getSkeleton(one);
            seen.append(skeleton.length() == 1 && skeleton.charAt(0) < 0x80 ? skeleton : one);
        });
        return seen.toString().toLowerCase(Locale.ROOT);
    }

    /** The name written in Hangul syllables, or null when some of it stays Latin. */
    static @Nullable String hangul(String name) {
        String written = HANGUL.get().transliterate(name.toLowerCase(Locale.ROOT));
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) < 0x80 && Character.isLetter(written.charAt(i))) {
                return null;
            }
        }
        return written;
    }
}
