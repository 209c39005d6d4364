package plenary.reports.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** chrF on cases small enough to count by hand; each comment shows the count. */
class ChrFTests {

    @Test
    void aTextScoresOneAgainstItself() {
        assertThat(ChrF.score("abc", "abc")).isEqualTo(1.0);
        assertThat(ChrF.score("류재원", "류재원")).isEqualTo(1.0);
    }

    @Test
    void aShortHypothesisLosesOnRecall() {
        // n=1: a b of a b c, P 2/2, R 2/3; n=2: ab of ab bc, P 1/1, R 1/2; n=3: the hypothesis has none.
        // P = 1, R = 7/12; F2 = 5 P R / (4 P + R) = (35/12) / (55/12) = 7/11.
        assertThat(ChrF.score("ab", "abc")).isCloseTo(7.0 / 11, within(1e-12));
    }

    @Test
    void aLongHypothesisLosesLessBecauseRecallWeighsTwiceAsMuch() {
        // n=1: P 2/3, R 1; n=2: P 1/2, R 1. P = 7/12, R = 1; F2 = (35/12) / (40/12) = 7/8.
        assertThat(ChrF.score("abc", "ab")).isCloseTo(7.0 / 8, within(1e-12));
        // With β = 1 the short one scores 2 P R / (P + R) = (14/12) / (19/12) = 14/19.
        assertThat(ChrF.score("ab", "abc", 6, 1.0)).isCloseTo(14.0 / 19, within(1e-12));
    }

    @Test
    void repeatedCharactersAreCreditedOnlyAsOftenAsTheReferenceHasThem() {
        // n=1: a×3 against a×1, one match: P 1/3, R 1; n=2: the reference has none. F2 = (5/3) / (7/3) = 5/7.
        assertThat(ChrF.score("aaa", "a")).isCloseTo(5.0 / 7, within(1e-12));
    }

    @Test
    void whitespaceIsLeftOutAndNothingInCommonScoresNothing() {
        assertThat(ChrF.score("a b", "ab")).isEqualTo(1.0);
        assertThat(ChrF.score("ab", "cd")).isEqualTo(0.0);
        assertThat(ChrF.score("", "")).isEqualTo(1.0);
        assertThat(ChrF.score("", "ab")).isEqualTo(0.0);
    }
}
