package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.junit.jupiter.api.Test;

/**
 * A name disguised by the way it is typed still leaks: a letter of another script that looks like a Latin one (the
 * Unicode confusables), letters spaced out, a digit for a letter, a hyphen inside the surname, a right-to-left
 * override that shows it the right way round.
 */
class DisguisedNameTests {

    private final Identity beloretsky = Identity.named("Stanislav Beloretsky");
    private final Identity thistlewood = Identity.named("Graham Thistlewood");

    @Test
    void cyrillicLetterStandingInForALatinOneLeaks() {
        assertThat(terms("The paper by \u0412eloretsky was read.", beloretsky)).containsExactly("\u0412eloretsky");
        assertThat(terms("Bel\u043Eretsky agreed.", beloretsky)).containsExactly("Bel\u043Eretsky");
    }

    @Test
    void lettersSpacedOutLeak() {
        assertThat(terms("As B e l o r e t s k y put it, the pipeline mattered.", beloretsky))
                .containsExactly("B e l o r e t s k y");
    }

    @Test
    void digitForALetterLeaks() {
        assertThat(terms("B3loretsky and Bel0retsky agreed.", beloretsky)).containsExactly("B3loretsky", "Bel0retsky");
    }

    @Test
    void surnameSplitByAHyphenLeaks() {
        assertThat(terms("Thistle-wood was sceptical.", thistlewood)).containsExactly("Thistle-wood");
        assertThat(terms("as Thistle-\nwood argued", thistlewood)).containsExactly("Thistle-\nwood");
    }

    @Test
    void nameReversedBehindARightToLeftOverrideLeaks() {
        String text = "The paper by \u202Eykster0leB\u202C was read; so was the view of \u202Eyksterolеb.";
        assertThat(leaks(text, beloretsky))
                .hasSize(2)
                .allSatisfy(leak -> assertThat(leak.people()).containsExactly("Stanislav Beloretsky"));
        assertThat(terms("\u202Eykster0leB\u202C", beloretsky)).containsExactly("ykster0leB");
    }

    @Test
    void spacedLettersOfOrdinaryWordsAndDigitsInOrdinaryWordsAreNoLeak() {
        assertThat(leaks("Options a, b and c; the G20 and the 6-party talks in 2005; a b c.", beloretsky, thistlewood))
                .isEmpty();
    }
}
