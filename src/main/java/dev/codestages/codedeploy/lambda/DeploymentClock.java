package dev.codestages.codedeploy.lambda;

import java.time.Instant;

/**
 * The time a deployment's traffic shifts are played on: the real clock, a sped-up one for a class
 * ({@link ScaledClock}), or in tests one that jumps to each instant asked for at once.
 */
public interface DeploymentClock {

    /** The deployment's current time. */
    Instant now();

    /** Returns once {@link #now()} has reached {@code instant}; at once when it has already. */
    void sleepUntil(Instant instant) throws InterruptedException;
}
