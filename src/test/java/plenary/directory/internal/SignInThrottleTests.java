package plenary.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed sign-ins counted in a sliding window, per account and per address. */
class SignInThrottleTests {

    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limit(5, FIFTEEN_MINUTES, FIFTEEN_MINUTES),
            new SignInThrottle.Limit(20, FIFTEEN_MINUTES, FIFTEEN_MINUTES));
    private final Instant nine = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void theFifthFailureWithinFifteenMinutesLocksTheAccountForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("anna", "10.0.0.1", nine.plusSeconds(i)).lockAccountUntil())
                    .isEmpty();
        }
        assertThat(throttle.failed("anna", "10.0.0.1", nine.plusSeconds(60)).lockAccountUntil())
                .contains(nine.plusSeconds(60).plus(FIFTEEN_MINUTES));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "10.0.0.1", nine);
        }
        SignInThrottle.Outcome later =
                throttle.failed("anna", "10.0.0.1", nine.plus(FIFTEEN_MINUTES).plusSeconds(1));
        assertThat(later.lockAccountUntil()).isEmpty();
        assertThat(later.accountFailures()).isEqualTo(1);
    }

    @Test
    void aRightPasswordForgetsTheAccountsFailuresButNotTheAddresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "10.0.0.1", nine);
        }
        throttle.succeeded("anna");
        SignInThrottle.Outcome next = throttle.failed("anna", "10.0.0.1", nine);
        assertThat(next.accountFailures()).isEqualTo(1);
        assertThat(next.addressFailures()).isEqualTo(5);
    }

    @Test
    void twentyFailuresFromOneAddressUnderAnyNamesRefuseTheAddressUntilTheLockEnds() {
        for (int i = 0; i < 19; i++) {
            assertThat(throttle.failed("name" + i, "10.0.0.2", nine).refuseAddressUntil())
                    .isEmpty();
        }
        assertThat(throttle.failed("name19", "10.0.0.2", nine).refuseAddressUntil())
                .contains(nine.plus(FIFTEEN_MINUTES));
        assertThat(throttle.addressRefusedUntil("10.0.0.2", nine.plusSeconds(1)))
                .contains(nine.plus(FIFTEEN_MINUTES));
        assertThat(throttle.addressRefusedUntil("10.0.0.3", nine.plusSeconds(1)))
                .isEmpty();
        assertThat(throttle.addressRefusedUntil("10.0.0.2", nine.plus(FIFTEEN_MINUTES)))
                .isEmpty();
    }

    @Test
    void userNamesAreCountedWhateverTheirCase() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Anna", "10.0.0." + i, nine);
        }
        assertThat(throttle.failed("anna", "10.0.0.9", nine).lockAccountUntil()).isPresent();
    }
}
