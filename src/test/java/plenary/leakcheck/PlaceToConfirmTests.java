package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.leaks;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A surname that is a common word, capitalised where English capitalises anyway (a sentence start, a heading in title
 * case) and with nothing else around it to tell, may be a name or a word: the check reports the place as one the
 * keeper must confirm, not as a certain leak and not as nothing.
 */
class PlaceToConfirmTests {

    private final Identity park = Identity.namedSurnameFirst("Park Ji-won");
    private final Identity long_ = Identity.named("Anna Long");
    private final Identity may = Identity.named("Theresa May");

    @Test
    void commonWordSurnameThankingTheHostsIsACertainLeak() {
        assertThat(leaks("Park thanked the hosts.", park)).singleElement().satisfies(leak -> {
            assertThat(leak.term()).isEqualTo("Park");
            assertThat(leak.kind()).isEqualTo(LeakKind.SURNAME);
            assertThat(leak.needsConfirmation()).isFalse();
        });
    }

    @Test
    void commonWordSurnameOpeningASentenceWithNothingElseIsAPlaceToConfirm() {
        assertThat(leaks("Park visited the shipyard. Long before the talks, nothing moved.", park, long_))
                .extracting(Leak::term, Leak::needsConfirmation)
                .containsExactly(Tuple.tuple("Park", true), Tuple.tuple("Long", true));
    }

    @Test
    void monthOpeningASentenceIsAPlaceToConfirmAndInsideOneNothing() {
        assertThat(leaks("May welcomed the delegates. The talks resumed in May.", may))
                .singleElement()
                .satisfies(leak -> assertThat(leak.needsConfirmation()).isFalse());
        assertThat(leaks("May the talks succeed. The talks resumed in May.", may))
                .singleElement()
                .satisfies(leak -> {
                    assertThat(leak.start()).isZero();
                    assertThat(leak.needsConfirmation()).isTrue();
                });
    }

    @Test
    void titleOrPossessiveAtASentenceStartMakesItCertain() {
        assertThat(leaks("Ms Park visited the shipyard. Park's paper followed.", park))
                .extracting(Leak::needsConfirmation)
                .containsExactly(false, false);
    }

    @Test
    void pronounsAndLowerCaseWordsAreNeverPlacesToConfirm() {
        assertThat(leaks("He visited the park. An agreed text.", Identity.namedSurnameFirst("He Yafei"), park))
                .isEmpty();
    }
}
