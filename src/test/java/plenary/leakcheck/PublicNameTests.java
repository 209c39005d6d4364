package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Public names the report may print although a participant's name is inside them. */
class PublicNameTests {

    private final Identity kim = Identity.namedSurnameFirst("Kim Min-jun");

    @Test
    void participantsNameInsideAPublicNameIsNoLeak() {
        LeakScreen screen = LeakCheck.against(List.of(kim), List.of("Kim Jong-il"));
        assertThat(screen.check(new Passage("Summary", "the death of Kim Jong-il and of Kim Jong il")))
                .isEmpty();
    }

    @Test
    void participantsNameOutsideThePublicNameStillLeaks() {
        LeakScreen screen = LeakCheck.against(List.of(kim), List.of("Kim Jong-il"));
        assertThat(screen.check(new Passage("Summary", "Kim Jong-il met Kim")))
                .extracting(Leak::start)
                .containsExactly(16);
    }

    @Test
    void publicNameEqualToAParticipantsNameHidesNothing() {
        LeakScreen screen = LeakCheck.against(List.of(kim), List.of("Kim", "Kim Min-jun"));
        assertThat(screen.check(new Passage("Summary", "Kim and Kim Min-jun"))).hasSize(2);
    }

    @Test
    void publicNameInHangulHidesTheNameInside() {
        Identity kimKorean = kim.alsoKnownAs("김민준");
        LeakScreen screen = LeakCheck.against(List.of(kimKorean), List.of("김민준로"));
        assertThat(screen.check(new Passage("Summary", "서울 김민준로 12"))).isEmpty();
    }
}
