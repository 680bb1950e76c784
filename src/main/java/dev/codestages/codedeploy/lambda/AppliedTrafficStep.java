package dev.codestages.codedeploy.lambda;

import java.time.Instant;

/**
 * A traffic step as it was applied to the alias: the planned step, the deployment time it took effect at,
 * and the alias afterwards. The record and the view of a deployment show these.
 */
public record AppliedTrafficStep(TrafficStep step, Instant at, AliasRouting alias) {
}
