package plenary.leakcheck.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways one word of a name may be written: folded into words ("Ji-won" as "ji", "won"), joined ("jiwon"),
 * with umlauts transcribed ("Müller" as "mueller") or transcriptions undone ("Mueller" as "muller"), and the
 * parts of a written form ("Kim Min-jun (김민준)" is two forms).
 */
public final class Spellings {

    private static final Pattern TRANSCRIBED = Pattern.compile("([b-df-hj-np-tv-z])([aou])e");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*[(\\[（]([^)\\]）]*)[)\\]）]\\s*");

    private Spellings() {}

    /** Each spelling of the word as a list of folded words. */
    static Set<List<String>> of(String word) {
        Set<List<String>> spellings = new LinkedHashSet<>();
        for (String written : List.of(word, transcribed(word))) {
            List<String> words = words(written);
            if (words.isEmpty()) {
                continue;
            }
            addWithJoined(spellings, words);
            addWithJoined(
                    spellings, words.stream().map(Spellings::untranscribed).toList());
        }
        return spellings;
    }

    private static void addWithJoined(Set<List<String>> spellings, List<String> words) {
        spellings.add(words);
        if (words.size() > 1) {
            spellings.add(List.of(String.join("", words)));
        }
    }

    /** The folded words of a text. */
    public static List<String> words(String text) {
        FoldedText folded = FoldedText.of(text);
        List<String> words = new ArrayList<>(folded.wordCount());
        for (int w = 0; w < folded.wordCount(); w++) {
            words.add(folded.word(w));
        }
        return words;
    }

    private static String transcribed(String written) {
        String word = Normalizer.normalize(written, Normalizer.Form.NFC);
        return word.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ø", "oe")
                .replace("Ø", "Oe")
                .replace("å", "aa")
                .replace("Å", "Aa");
    }

    private static String untranscribed(String folded) {
        return folded.length() < 5 ? folded : TRANSCRIBED.matcher(folded).replaceAll("$1$2");
    }

    /** The forms written in one entry: "X (Y)" is X and Y. */
    public static List<String> forms(String entry) {
        List<String> forms = new ArrayList<>();
        var matcher = PARENTHESES.matcher(entry);
        StringBuilder outside = new StringBuilder();
        while (matcher.find()) {
            forms.add(matcher.group(1).trim());
            matcher.appendReplacement(outside, " ");
        }
        matcher.appendTail(outside);
        forms.add(0, outside.toString().trim());
        forms.removeIf(String::isBlank);
        return forms;
    }

    public static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(CharacterFolding::isCjk);
    }

    /** The words of a written name, split where it has spaces (of any kind). */
    static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.trim().split("[\\s\\u00A0\\u2007\\u202F]+")) {
            if (!word.isBlank() && !words(word).isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
