package dev.codestages.codedeploy.lambda;

import java.time.Duration;

/**
 * One traffic shift of a deployment: at {@code offset} after traffic shifting starts, the new (target)
 * version gets {@code newVersionPercent} of the invocations and the current version the rest.
 */
public record TrafficStep(Duration offset, int newVersionPercent) {
}
