package plenary.reports.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level edit similarity: one minus the Levenshtein distance between the two texts' words (insertions,
 * deletions and substitutions of whole words, each costing one) over the length of the longer. Words are runs of
 * letters and digits, compared in lower case, so punctuation and capitals cost nothing; word order costs.
 */
public final class WordEdit {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private WordEdit() {}

    /** The similarity, from 0 to 1; two texts without words are alike. */
    public static double similarity(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        int longer = Math.max(x.size(), y.size());
        return longer == 0 ? 1 : 1 - (double) distance(x, y) / longer;
    }

    /** The words of the text as the similarity counts them: runs of letters and digits, in lower case. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static int distance(List<String> x, List<String> y) {
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (int j = 0; j <= y.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.size(); j++) {
                int substitution = previous[j - 1] + (x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.size()];
    }
}
