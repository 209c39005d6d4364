package plenary.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderingTests {

    @Test
    void aNewRecordGoesLast() {
        assertThat(Ordering.place(List.of(1L, 2L, 3L), 9, null)).containsExactly(1L, 2L, 3L, 9L);
    }

    @Test
    void aNewRecordPlacedPushesTheRestDown() {
        assertThat(Ordering.place(List.of(1L, 2L, 3L), 9, 2)).containsExactly(1L, 9L, 2L, 3L);
    }

    @Test
    void movingUpAndDownKeepsEveryoneElseInOrder() {
        assertThat(Ordering.place(List.of(1L, 2L, 3L, 4L), 4, 1)).containsExactly(4L, 1L, 2L, 3L);
        assertThat(Ordering.place(List.of(1L, 2L, 3L, 4L), 1, 3)).containsExactly(2L, 3L, 1L, 4L);
    }

    @Test
    void aRecordWithoutPositionStaysWhereItIsWhenPlacedAtItsOwn() {
        assertThat(Ordering.place(List.of(1L, 2L, 3L), 2, 2)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void positionsOutsideTheSequenceDoNotFit() {
        assertThat(Ordering.fits(0, 3)).isFalse();
        assertThat(Ordering.fits(4, 3)).isFalse();
        assertThat(Ordering.fits(3, 3)).isTrue();
        assertThat(Ordering.fits(null, 0)).isTrue();
    }
}
