package plenary.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A message that fails waits a minute, then twice as long each time, and never more than an hour. */
class BackoffTests {

    @Test
    void theWaitDoublesFromAMinuteUpToAnHour() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Backoff.after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(500)).isEqualTo(Duration.ofHours(1));
    }
}
