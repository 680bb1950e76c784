package dev.codestages.codedeploy.lambda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A deployment clock for tests: every wait returns at once with the time moved to the instant asked for. */
final class ManualClock implements DeploymentClock {

    static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    private Instant now = START;
    final List<Instant> waits = new ArrayList<>();

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void sleepUntil(Instant instant) {
        waits.add(instant);
        if (instant.isAfter(now)) {
            now = instant;
        }
    }
}
