package dev.codestages.engine;

import dev.codestages.codedeploy.lambda.DeploymentClock;
import java.time.Duration;
import java.time.Instant;

/**
 * The engine's clock as the clock of a Lambda or ECS deployment, so that {@code --time-scale} speeds up the
 * traffic shifts and tests move them by hand, as they do approvals.
 */
final class EngineDeploymentClock implements DeploymentClock {

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
}
