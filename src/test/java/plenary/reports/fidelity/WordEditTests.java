package plenary.reports.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Word-level edit similarity on cases counted by hand. */
class WordEditTests {

    @Test
    void capitalsAndPunctuationCostNothing() {
        assertThat(WordEdit.similarity("The cat sat.", "the cat sat")).isEqualTo(1.0);
    }

    @Test
    void oneWordChangedOrMissingOfThreeCostsAThird() {
        assertThat(WordEdit.similarity("the cat sat", "the dog sat")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(WordEdit.similarity("Six Party Talks", "Party Talks")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(WordEdit.similarity("Сергей Иванов argued", "Сергей Иванов agreed"))
                .isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void theSameWordsReversedShareNothingInOrder() {
        // Any word kept in place costs two edits on each side of it: four edits of four words.
        assertThat(WordEdit.distance(WordEdit.words("a b c d"), WordEdit.words("d c b a")))
                .isEqualTo(4);
        assertThat(WordEdit.similarity("a b c d", "d c b a")).isEqualTo(0.0);
    }

    @Test
    void textsWithoutWordsAreAlikeAndNothingIsUnlikeSomething() {
        assertThat(WordEdit.similarity("", "…")).isEqualTo(1.0);
        assertThat(WordEdit.similarity("Agreed.", "")).isEqualTo(0.0);
    }
}
