package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.junit.jupiter.api.Test;

class FullNameLeakTests {

    private final Identity ivanov = Identity.named("Sergei Ivanov");
    private final Identity kim = Identity.namedSurnameFirst("Kim Min-jun");

    @Test
    void fullNameAsWrittenLeaksOnceAsFullName() {
        assertThat(leaks("As Sergei Ivanov argued, the talks stalled.", ivanov))
                .singleElement()
                .satisfies(leak -> {
                    assertThat(leak.term()).isEqualTo("Sergei Ivanov");
                    assertThat(leak.kind()).isEqualTo(LeakKind.FULL_NAME);
                    assertThat(leak.people()).containsExactly("Sergei Ivanov");
                    assertThat(leak.start()).isEqualTo(3);
                    assertThat(leak.end()).isEqualTo(16);
                });
    }

    @Test
    void fullNameInTheOtherOrderLeaks() {
        assertThat(terms("The paper by Ivanov Sergei was discussed.", ivanov)).containsExactly("Ivanov Sergei");
        assertThat(kinds("The paper by Ivanov Sergei was discussed.", ivanov)).containsExactly(LeakKind.FULL_NAME);
    }

    @Test
    void surnameFirstNameLeaksInBothOrders() {
        assertThat(terms("Kim Min-jun spoke, then Min-jun Kim spoke again.", kim))
                .containsExactly("Kim Min-jun", "Min-jun Kim");
    }

    @Test
    void hyphenatedGivenNameMayBeWrittenJoinedOrApart() {
        assertThat(terms("Kim Minjun and Kim Min jun and Kim Min\u2011jun", kim))
                .containsExactly("Kim Minjun", "Kim Min jun", "Kim Min\u2011jun");
    }

    @Test
    void nameSplitOverALineBreakLeaks() {
        assertThat(terms("a paper by Sergei\nIvanov on energy", ivanov)).containsExactly("Sergei\nIvanov");
        assertThat(terms("a paper by Sergei\r\n    Ivanov on energy", ivanov)).containsExactly("Sergei\r\n    Ivanov");
    }

    @Test
    void surnameHyphenatedAcrossLinesLeaks() {
        assertThat(leaks("the proposal of Iva-\nnov was", ivanov))
                .singleElement()
                .satisfies(leak -> assertThat(leak.term()).isEqualTo("Iva-\nnov"));
        assertThat(terms("Sergei Iva-\n  nov said", ivanov)).containsExactly("Sergei Iva-\n  nov");
    }

    @Test
    void softHyphenInsideANameDoesNotHideIt() {
        assertThat(terms("Iva\u00ADnov said", ivanov)).containsExactly("Iva\u00ADnov");
    }

    @Test
    void extraAndNonBreakingSpacesBetweenNamesStillMakeAFullName() {
        assertThat(kinds("Sergei    Ivanov", ivanov)).containsExactly(LeakKind.FULL_NAME);
        assertThat(kinds("Sergei\u00A0Ivanov", ivanov)).containsExactly(LeakKind.FULL_NAME);
        assertThat(kinds("Sergei\u202FIvanov", ivanov)).containsExactly(LeakKind.FULL_NAME);
        assertThat(kinds("Sergei\tIvanov", ivanov)).containsExactly(LeakKind.FULL_NAME);
    }

    @Test
    void blankLineBetweenGivenNameAndSurnameMakesTwoLeaks() {
        assertThat(kinds("a paper by Sergei\n\nIvanov wrote", ivanov))
                .containsExactly(LeakKind.GIVEN_NAME, LeakKind.SURNAME);
    }

    @Test
    void sentenceEndBetweenGivenNameAndSurnameMakesTwoLeaks() {
        assertThat(kinds("It was Sergei. Ivanov agreed.", ivanov))
                .containsExactly(LeakKind.GIVEN_NAME, LeakKind.SURNAME);
    }

    @Test
    void initialBeforeSurnameBelongsToTheName() {
        assertThat(terms("S. Ivanov and Sergei P. Ivanov", Identity.named("Sergei Petrovich Ivanov")))
                .containsExactly("S. Ivanov", "Sergei P. Ivanov");
    }

    @Test
    void nameWithoutItsPatronymicIsStillTheFullName() {
        Identity withPatronymic = Identity.named("Sergei Petrovich Ivanov");
        assertThat(kinds("Sergei Ivanov said", withPatronymic)).containsExactly(LeakKind.FULL_NAME);
        assertThat(kinds("Sergei Petrovich Ivanov said", withPatronymic)).containsExactly(LeakKind.FULL_NAME);
    }

    @Test
    void nameWithParticleLeaksWholeAndByItsCore() {
        Identity berg = Identity.named("Anna van der Berg");
        assertThat(kinds("Anna van der Berg, van der Berg and Berg", berg))
                .containsExactly(LeakKind.FULL_NAME, LeakKind.SURNAME, LeakKind.SURNAME);
    }

    @Test
    void nameWrittenInAnEmailLikeHandleLeaks() {
        assertThat(terms("see sergei.ivanov on the forum", ivanov)).containsExactly("sergei.ivanov");
    }
}
