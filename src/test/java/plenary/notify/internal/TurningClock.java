package plenary.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test turns forward by hand, so that back-off and claims expire without waiting. */
final class TurningClock extends Clock {

    private volatile Instant now;

    TurningClock(Instant start) {
        this.now = start;
    }

    void turn(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
