package plenary.leakcheck.internal;

import java.util.Set;

/**
 * The romanisation keys ({@link Romanisation}) of the words of one passage, worked out when first asked for. A
 * common English word has none, so that "young" never meets a name "Yong"; a word that mixes Latin letters with
 * look-alikes of another script is keyed as it looks.
 */
final class TextKeys {

    private final FoldedText text;
    private final Set<?>[] keys;

    TextKeys(FoldedText text) {
        this.text = text;
        this.keys = new Set<?>[text.wordCount()];
    }

    @SuppressWarnings("unchecked")
    Set<String> of(int w) {
        if (keys[w] == null) {
            String word = text.word(w);
            keys[w] = ofWord(word, ascii(word) ? word : text.originalWord(w));
        }
        return (Set<String>) keys[w];
    }

    static Set<String> ofWord(String folded, String original) {
        if (ascii(folded)) {
            for (int i = 0; i < folded.length(); i++) {
                if (folded.charAt(i) <= '9') {
                    return Set.of();
                }
            }
            String key = Romanisation.key(folded);
            // A key that is the word itself meets only what the word meets anyway: no need to ask if it is common.
            return !key.equals(folded) && CommonWords.isCommon(folded) ? Set.of() : Set.of(key);
        }
        if (CommonWords.isCommon(folded) || Spellings.hasCjk(folded)) {
            return Set.of();
        }
        String seen = Romanisation.lookalike(original);
        if (seen != null) {
            return Romanisation.keys(seen, false);
        }
        return Romanisation.keys(folded, Romanisation.isCyrillic(folded));
    }

    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
