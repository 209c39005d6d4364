package plenary.reports.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.reports.fidelity.ParagraphAlignment.Pair;

/** The monotone alignment on paragraphs whose similarities are given by hand. */
class ParagraphAlignmentTests {

    private static double same(String a, String b) {
        return a.equals(b) ? 1 : 0;
    }

    @Test
    void paragraphsInTheSameOrderPairOff() {
        assertThat(ParagraphAlignment.align(
                        List.of("A", "B", "C"), List.of("A", "B", "C"), ParagraphAlignmentTests::same))
                .containsExactly(new Pair(0, 0, 1), new Pair(1, 1, 1), new Pair(2, 2, 1));
    }

    @Test
    void aParagraphMovedOutOfOrderLosesItsPartner() {
        assertThat(ParagraphAlignment.align(
                        List.of("A", "B", "C"), List.of("C", "A", "B"), ParagraphAlignmentTests::same))
                .containsExactly(new Pair(0, 1, 1), new Pair(1, 2, 1), new Pair(2, -1, 0));
    }

    @Test
    void anExtraParagraphInTheCandidateIsPassedOver() {
        assertThat(ParagraphAlignment.align(List.of("A", "B"), List.of("A", "X", "B"), ParagraphAlignmentTests::same))
                .containsExactly(new Pair(0, 0, 1), new Pair(1, 2, 1));
    }

    @Test
    void theAlignmentWithTheGreatestTotalWinsOverTheGreediestPair() {
        Map<String, Double> table = Map.of("r0c0", 0.5, "r0c1", 0.9, "r1c0", 0.0, "r1c1", 0.6);
        // Greedy would take r0-c1 (0.9) and leave r1 alone; r0-c0 and r1-c1 make 1.1.
        assertThat(ParagraphAlignment.align(List.of("r0", "r1"), List.of("c0", "c1"), (r, c) -> table.get(r + c)))
                .containsExactly(new Pair(0, 0, 0.5), new Pair(1, 1, 0.6));
    }

    @Test
    void twoParagraphsCompetingForOneGoToTheCloserAndTheOtherHasNone() {
        Map<String, Double> table = Map.of("r0c0", 0.3, "r1c0", 0.8);
        assertThat(ParagraphAlignment.align(List.of("r0", "r1"), List.of("c0"), (r, c) -> table.get(r + c)))
                .containsExactly(new Pair(0, -1, 0), new Pair(1, 0, 0.8));
    }
}
