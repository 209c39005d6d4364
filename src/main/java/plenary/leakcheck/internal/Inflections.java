package plenary.leakcheck.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Russian names change their ending with case and gender (Иванов, Иванова, Иванову, Ивановым; Сергей,
 * Сергея): two Cyrillic words are the same name when they share a stem, the word without such an ending.
 */
final class Inflections {

    // Folded forms: й has lost its breve and is written и (ой → ои).
    private static final List<String> ENDINGS = List.of(
            "ыми", "ими", "ого", "его", "ому", "ему", "ои", "еи", "ыи", "ии", "ом", "ем", "ым", "им", "ою", "ею", "ых",
            "их", "ую", "юю", "ая", "яя", "ья", "ью", "а", "я", "у", "ю", "е", "ы", "и", "ь");

    private Inflections() {}

    /** The word itself and, for a Cyrillic word, each stem it may have. */
    static List<String> stems(String word) {
        if (!inflected(word)) {
            return List.of(word);
        }
        List<String> stems = new ArrayList<>(4);
        stems.add(word);
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                stems.add(word.substring(0, word.length() - ending.length()));
            }
        }
        return stems;
    }

    /** Whether a word of the text is this word of a name, perhaps in another case. */
    static boolean same(String textWord, String nameWord) {
        if (textWord.equals(nameWord)) {
            return true;
        }
        if (!inflected(textWord) || !inflected(nameWord)) {
            return false;
        }
        List<String> ours = stems(nameWord);
        return stems(textWord).stream().anyMatch(ours::contains);
    }

    private static boolean inflected(String word) {
        return word.length() >= 4 && CharacterFolding.isCyrillic(word.charAt(0));
    }
}
