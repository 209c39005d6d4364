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
            keys[w] = ofWord(text.word(w), text.originalWord(w));
        }
        return (Set<String>) keys[w];
    }

    static Set<String> ofWord(String folded, String original) {
        if (CommonWords.isCommon(folded) || Spellings.hasCjk(folded)) {
            return Set.of();
        }
        boolean ascii = folded.chars().allMatch(c -> c < 0x80);
        if (ascii) {
            return folded.chars().anyMatch(Character::isDigit) ? Set.of() : Set.of(Romanisation.key(folded));
        }
        String seen = Romanisation.lookalike(original);
        if (seen != null) {
            return Romanisation.keys(seen, false);
        }
        return Romanisation.keys(folded, Romanisation.isCyrillic(folded));
    }
}
