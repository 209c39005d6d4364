package plenary.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTests {

    @Test
    void aNewRecordGoesLast() {
        assertThat(Positions.place(List.of(1L, 2L, 3L), 9, null)).containsExactly(1L, 2L, 3L, 9L);
    }

    @Test
    void aNewRecordPlacedPushesTheRestDown() {
        assertThat(Positions.place(List.of(1L, 2L, 3L), 9, 2)).containsExactly(1L, 9L, 2L, 3L);
    }

    @Test
    void movingUpAndDownKeepsEveryoneElseInOrder() {
        assertThat(Positions.place(List.of(1L, 2L, 3L, 4L), 4, 1)).containsExactly(4L, 1L, 2L, 3L);
        assertThat(Positions.place(List.of(1L, 2L, 3L, 4L), 1, 3)).containsExactly(2L, 3L, 1L, 4L);
    }

    @Test
    void aRecordWithoutPositionStaysWhereItIsWhenPlacedAtItsOwn() {
        assertThat(Positions.place(List.of(1L, 2L, 3L), 2, 2)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void positionsOutsideTheSequenceDoNotFit() {
        assertThat(Positions.fits(0, 3)).isFalse();
        assertThat(Positions.fits(4, 3)).isFalse();
        assertThat(Positions.fits(3, 3)).isTrue();
        assertThat(Positions.fits(null, 0)).isTrue();
    }
}
