package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.junit.jupiter.api.Test;

class TitledNameLeakTests {

    private final Identity ivanov = Identity.named("Sergei Ivanov");
    private final Identity kim = Identity.namedSurnameFirst("Kim Min-jun");
    private final Identity petrova = Identity.named("Anna Petrova");
    private final Identity park = Identity.namedSurnameFirst("Park Ji-won");

    @Test
    void titleWithSurnameLeaksAsTitledName() {
        assertThat(leaks("Dr Ivanov, Prof. Kim, Ambassador Petrova and Mr. Park", ivanov, kim, petrova, park))
                .extracting(Leak::term, Leak::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Dr Ivanov", LeakKind.TITLED_NAME),
                        org.assertj.core.groups.Tuple.tuple("Prof. Kim", LeakKind.TITLED_NAME),
                        org.assertj.core.groups.Tuple.tuple("Ambassador Petrova", LeakKind.TITLED_NAME),
                        org.assertj.core.groups.Tuple.tuple("Mr. Park", LeakKind.TITLED_NAME));
    }

    @Test
    void titleWithFullNameLeaksAsOneTitledName() {
        assertThat(terms("Professor Sergei Ivanov presented.", ivanov)).containsExactly("Professor Sergei Ivanov");
        assertThat(kinds("Professor Sergei Ivanov presented.", ivanov)).containsExactly(LeakKind.TITLED_NAME);
    }

    @Test
    void qualifiedTitlesBelongToTheTitledName() {
        assertThat(terms("Co-Chair Kim and former Ambassador Petrova and Vice Minister Park", kim, petrova, park))
                .containsExactly("Co-Chair Kim", "former Ambassador Petrova", "Vice Minister Park");
    }

    @Test
    void hyphenatedTitleBeforeACommonWordSurnameLeaks() {
        assertThat(terms(
                        "Secretary-General Ban spoke; the nuclear test ban held.",
                        Identity.namedSurnameFirst("Ban Ki-moon")))
                .containsExactly("Secretary-General Ban");
    }

    @Test
    void chainedTitlesBelongToTheTitledName() {
        assertThat(terms("Prof. Dr. Ivanov", ivanov)).containsExactly("Prof. Dr. Ivanov");
    }

    @Test
    void titleOnANewLineBeforeTheNameStillCounts() {
        assertThat(kinds("as Dr.\nIvanov said", ivanov)).containsExactly(LeakKind.TITLED_NAME);
    }

    @Test
    void fullWordTitleBeforeASentenceEndIsNoTitle() {
        assertThat(leaks("It was a general. Park benches stood empty.", park))
                .allSatisfy(leak -> assertThat(leak.kind()).isNotEqualTo(LeakKind.TITLED_NAME))
                .allMatch(Leak::needsConfirmation);
    }

    @Test
    void titleBeforeSomeoneElseIsNoLeak() {
        assertThat(leaks("President Putin and Dr Smith", ivanov, kim)).isEmpty();
    }

    @Test
    void titleBeforeALowerCaseCommonWordIsNoLeak() {
        assertThat(leaks("the President may decide and the general park plan", Identity.named("Theresa May"), park))
                .isEmpty();
    }
}
