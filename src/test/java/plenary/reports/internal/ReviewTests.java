package plenary.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewTests {

    private static final Instant DEADLINE = Instant.parse("2026-12-01T17:00:00Z");
    private static final Review OPEN =
            new Review(1L, 1, 2, DEADLINE, "rapporteur", DEADLINE.minusSeconds(86_400), null, 0);

    @Test
    void aSuggestionBeforeTheDeadlineIsInTime() {
        assertThat(OPEN.accepts(DEADLINE.minusSeconds(1))).isTrue();
    }

    @Test
    void aSuggestionAtOrAfterTheDeadlineIsLate() {
        assertThat(OPEN.accepts(DEADLINE)).isFalse();
        assertThat(OPEN.accepts(DEADLINE.plusSeconds(1))).isFalse();
    }

    @Test
    void aClosedReviewTakesNoSuggestionEvenBeforeItsDeadline() {
        assertThat(OPEN.closed(DEADLINE.minusSeconds(3600)).accepts(DEADLINE.minusSeconds(60)))
                .isFalse();
    }
}
