package dev.codestages.engine;

import dev.codestages.codedeploy.lambda.DeploymentClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engine's clock as the clock of a Lambda or ECS deployment, so that {@code --time-scale} speeds up the
 * traffic shifts and tests move them by hand, as they do approvals. While a deployment waits for its next traffic
 * step it looks for a stop (StopDeployment, a stop and abandon) every second of engine time.
 */
final class EngineDeploymentClock implements DeploymentClock {

    /** How far the engine's clock moves between two looks for a stop while a deployment waits. */
    static final Duration STOP_POLL = Duration.ofSeconds(1);

    private final EngineClock clock;

    EngineDeploymentClock(EngineClock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public void sleepUntil(Instant instant) throws InterruptedException {
        Duration left = Duration.between(clock.now(), instant);
        if (left.compareTo(Duration.ZERO) > 0) {
            clock.sleep(left);
        }
    }

    @Override
    public Optional<String> sleepUntil(Instant instant, Supplier<Optional<String>> stop) throws InterruptedException {
        while (true) {
            Optional<String> reason = stop.get();
            Instant now = clock.now();
            if (reason.isPresent() || !now.isBefore(instant)) {
                return reason;
            }
            Instant step = now.plus(STOP_POLL);
            sleepUntil(step.isBefore(instant) ? step : instant);
        }
    }
}
