package dev.codestages.engine;

import java.time.Duration;
import java.time.Instant;

/** An engine clock for tests: every wait returns at once with the time moved on, so minutes of canary play in no time. */
final class JumpingClock extends EngineClock {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private Instant now = START;

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        now = now.plus(duration);
    }
}
