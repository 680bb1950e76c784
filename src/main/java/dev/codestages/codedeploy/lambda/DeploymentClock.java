package dev.codestages.codedeploy.lambda;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The time a deployment's traffic shifts are played on: the real clock, a sped-up one for a class
 * ({@link ScaledClock}), or in tests one that jumps to each instant asked for at once.
 */
public interface DeploymentClock {

    /** The deployment's current time. */
    Instant now();

    /** Returns once {@link #now()} has reached {@code instant}; at once when it has already. */
    void sleepUntil(Instant instant) throws InterruptedException;

    /**
     * Waits until {@code instant} as {@link #sleepUntil(Instant)} does, then asks {@code stop}: the stop's reason,
     * or empty. A clock whose deployments can be stopped from outside while they wait (the engine's: StopDeployment)
     * looks for the stop while it waits, so that a wait of minutes for the next traffic step does not hold it up.
     */
    default Optional<String> sleepUntil(Instant instant, Supplier<Optional<String>> stop) throws InterruptedException {
        sleepUntil(instant);
        return stop.get();
    }
}
