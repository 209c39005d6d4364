package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.junit.jupiter.api.Test;

/**
 * A given name alone leaks only when distinctive: the whole given name (never one syllable of "Min-jun"),
 * three letters or more, no common English word, and written with a capital as names are.
 */
class GivenNameLeakTests {

    @Test
    void distinctiveGivenNameAloneLeaks() {
        assertThat(kinds("Sergei argued the opposite.", Identity.named("Sergei Ivanov")))
                .containsExactly(LeakKind.GIVEN_NAME);
    }

    @Test
    void wholeHyphenatedGivenNameLeaks() {
        assertThat(terms("Min-jun answered and Minjun agreed.", Identity.namedSurnameFirst("Kim Min-jun")))
                .containsExactly("Min-jun", "Minjun");
    }

    @Test
    void oneSyllableOfAHyphenatedGivenNameIsNoLeak() {
        assertThat(leaks("Min. Jun. the Min River in June", Identity.namedSurnameFirst("Kim Min-jun")))
                .isEmpty();
    }

    @Test
    void givenNameThatIsACommonWordIsNoLeakAlone() {
        Identity hope = Identity.named("Hope Lee");
        Identity mark = Identity.named("Mark Chen");
        assertThat(leaks("There is Hope. Mark the date, Mark.", hope, mark)).isEmpty();
    }

    @Test
    void givenNameOfTwoLettersIsNoLeakAlone() {
        assertThat(leaks("Jo said so.", Identity.named("Jo Brandt"))).isEmpty();
    }

    @Test
    void givenNameInLowerCaseIsNoLeak() {
        assertThat(leaks("the wei river", Identity.namedSurnameFirst("Wang Wei")))
                .isEmpty();
    }

    @Test
    void givenNameOfASurnameFirstNameIsTheWholeRest() {
        Identity xiaoming = Identity.namedSurnameFirst("Wang Xiao Ming");
        assertThat(terms("Xiao Ming, Xiaoming, the Ming dynasty, Xiao", xiaoming))
                .containsExactly("Xiao Ming", "Xiaoming");
    }

    @Test
    void middleNamesLeakAloneWhenDistinctive() {
        assertThat(kinds("Petrovich disagreed.", Identity.named("Sergei Petrovich Ivanov")))
                .containsExactly(LeakKind.GIVEN_NAME);
    }

    @Test
    void pairOfGivenNamesWithoutTheFamilyNameLeaks() {
        Identity adeyemi = Identity.named("Faith Grace Adeyemi");
        assertThat(leaks("As Faith Grace put it, the talks mattered.", adeyemi))
                .singleElement()
                .satisfies(leak -> {
                    assertThat(leak.term()).isEqualTo("Faith Grace");
                    assertThat(leak.kind()).isEqualTo(LeakKind.GIVEN_NAME);
                });
        assertThat(leaks("by faith and grace alone", adeyemi)).isEmpty();
    }
}
