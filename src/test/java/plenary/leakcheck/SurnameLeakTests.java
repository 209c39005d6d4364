package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.junit.jupiter.api.Test;

class SurnameLeakTests {

    private final Identity ivanov = Identity.named("Sergei Ivanov");

    @Test
    void surnameAloneLeaksAsSurname() {
        assertThat(kinds("Ivanov questioned the utility of the talks.", ivanov)).containsExactly(LeakKind.SURNAME);
    }

    @Test
    void surnameInLowerCaseStillLeaks() {
        assertThat(terms("as ivanov put it", ivanov)).containsExactly("ivanov");
    }

    @Test
    void possessiveWithStraightApostropheLeaksTheName() {
        assertThat(terms("Ivanov's paper", ivanov)).containsExactly("Ivanov");
    }

    @Test
    void possessiveWithCurlyApostropheLeaksTheName() {
        assertThat(terms("Ivanov’s paper", ivanov)).containsExactly("Ivanov");
    }

    @Test
    void pluralPossessiveLeaksTheName() {
        assertThat(terms("the Ivanovs' proposal", ivanov)).containsExactly("Ivanovs");
        assertThat(terms("the Ivanovs’ proposal", ivanov)).containsExactly("Ivanovs");
    }

    @Test
    void possessiveOfASurnameEndingInSLeaks() {
        assertThat(terms("Jones' proposal and Jones’s reply", Identity.named("Mary Jones")))
                .containsExactly("Jones", "Jones");
    }

    @Test
    void nameInDoubleCurlyQuotesLeaks() {
        assertThat(terms("the so-called “Ivanov” plan", ivanov)).containsExactly("Ivanov");
    }

    @Test
    void nameInSingleQuotesLeaks() {
        assertThat(terms("the so-called 'Ivanov' plan and ‘Ivanov’", ivanov)).containsExactly("Ivanov", "Ivanov");
    }

    @Test
    void nameInGuillemetsLeaks() {
        assertThat(terms("the «Ivanov» plan", ivanov)).containsExactly("Ivanov");
    }

    @Test
    void nameInParenthesesOrBracketsLeaks() {
        assertThat(terms("a paper (Ivanov) and another [Ivanov]", ivanov)).containsExactly("Ivanov", "Ivanov");
    }

    @Test
    void nameBeforeCommaFullStopOrColonLeaks() {
        assertThat(terms("Ivanov, then Ivanov. Then Ivanov: and Ivanov; Ivanov!", ivanov))
                .hasSize(5);
    }

    @Test
    void nameAtTheVeryStartAndEndOfAPassageLeaks() {
        assertThat(leaks("Ivanov", ivanov)).singleElement().satisfies(leak -> {
            assertThat(leak.start()).isZero();
            assertThat(leak.end()).isEqualTo(6);
        });
    }

    @Test
    void surnameInsideALongerWordIsNoLeak() {
        assertThat(leaks("the Ivanovsky doctrine and Petrivanov", ivanov)).isEmpty();
    }

    @Test
    void shortSurnameLiDoesNotMatchInsideWords() {
        Identity li = Identity.namedSurnameFirst("Li Wei");
        assertThat(leaks("Lithuania took a political view; a lilac and a limit.", li))
                .isEmpty();
    }

    /** "Li-ion" is a compound word: a two-letter surname joined by a hyphen to a lower-case part is no name. */
    @Test
    void shortSurnameAsFirstPartOfALowerCaseCompoundIsNoLeak() {
        assertThat(leaks("Li-ion batteries and the LI roman numeral", Identity.namedSurnameFirst("Li Wei")))
                .isEmpty();
    }

    @Test
    void shortSurnameWrittenAsANameLeaks() {
        Identity li = Identity.namedSurnameFirst("Li Wei");
        assertThat(terms("Li argued; others answered Li. Li-Wei disagreed.", li))
                .containsExactly("Li", "Li", "Li-Wei");
    }

    @Test
    void surnameKimDoesNotMatchKimchi() {
        assertThat(leaks("Kimchi diplomacy and kimchi.", Identity.namedSurnameFirst("Kim Min-jun")))
                .isEmpty();
    }

    @Test
    void surnameKimAsAWordLeaks() {
        assertThat(terms("Kim argued, as did KIM.", Identity.namedSurnameFirst("Kim Min-jun")))
                .containsExactly("Kim", "KIM");
    }

    @Test
    void eachPartOfADoubleBarrelledSurnameLeaks() {
        Identity both = Identity.named("Olga Ivanova-Petrova");
        assertThat(terms("Ivanova-Petrova, Ivanova and Petrova", both))
                .containsExactly("Ivanova-Petrova", "Ivanova", "Petrova");
    }

    @Test
    void maidenNameGivenAsAnotherFormLeaksAsSurname() {
        Identity married = Identity.named("Olga Smirnova").alsoKnownAs("Olga Kuznetsova", "Kuznetsova");
        assertThat(kinds("Kuznetsova wrote before she married.", married)).containsExactly(LeakKind.SURNAME);
        assertThat(kinds("Olga Kuznetsova wrote.", married)).containsExactly(LeakKind.FULL_NAME);
    }
}
