package dev.codestages.codedeploy;

import java.util.Map;
import java.util.Optional;

/**
 * An EC2/On-Premises deployment configuration: a name and its minimum healthy hosts, and the rules the
 * CodeDeploy service derives from them. For a fleet of N instances with a minimum of M healthy ones:
 * <ul>
 * <li><b>Rounding.</b> FLEET_PERCENT p gives M = ceil(N × p / 100) ("converts the percentage to the
 *     equivalent number of instances, rounding up any fractional instances"); HOST_COUNT gives M as
 *     written. CodeDeployDefault.OneAtATime is not 99 % of the fleet but MOST_CONCURRENCY 1: M = N − 1.
 *     CodeDeployDefault.HalfAtATime is FLEET_PERCENT 50 (up to half at a time, fractions rounded down;
 *     succeeds with at least half, fractions rounded up); CodeDeployDefault.AllAtOnce is HOST_COUNT 0.</li>
 * <li><b>Never below the minimum.</b> A deployment never takes so many instances offline that fewer than
 *     M stay healthy: up to N − M instances are deployed at a time ({@link #maxConcurrent}); an instance
 *     whose deployment failed stays unhealthy. When the healthy instances fall to M, no further instance
 *     is started and the deployment stops.</li>
 * <li><b>Cannot start.</b> When M ≥ N the deployment fails at once, before any instance, with
 *     HEALTH_CONSTRAINTS_INVALID ("95 % of 10 instances ... the overall deployment immediately fails
 *     without deploying the revision to any instances").</li>
 * <li><b>Success.</b> The deployment succeeds when at least M instances were deployed to successfully,
 *     and always needs at least one success (even with M = 0). So OneAtATime succeeds when only the last
 *     instance fails, and fails as soon as any other one fails; AllAtOnce succeeds when any instance
 *     succeeds; HalfAtATime on 9 instances deploys 4 at a time and needs 5 successes. Otherwise it fails
 *     with HEALTH_CONSTRAINTS.</li>
 * </ul>
 * A configuration without a name in a group means CodeDeployDefault.OneAtATime.
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html">Working
 *      with deployment configurations</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html#minimum-healthy-hosts">Instance
 *      health: minimum healthy instances and deployments</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/error-codes.html">Error codes</a>
 */
public record DeploymentConfig(String name, MinimumHealthyHosts minimumHealthyHosts) {

    public static final DeploymentConfig ONE_AT_A_TIME = new DeploymentConfig("CodeDeployDefault.OneAtATime",
            new MinimumHealthyHosts(MinimumHealthyHosts.Type.MOST_CONCURRENCY, 1));
    public static final DeploymentConfig HALF_AT_A_TIME = new DeploymentConfig("CodeDeployDefault.HalfAtATime",
            new MinimumHealthyHosts(MinimumHealthyHosts.Type.FLEET_PERCENT, 50));
    public static final DeploymentConfig ALL_AT_ONCE = new DeploymentConfig("CodeDeployDefault.AllAtOnce",
            new MinimumHealthyHosts(MinimumHealthyHosts.Type.HOST_COUNT, 0));

    private static final Map<String, DeploymentConfig> PREDEFINED = Map.of(
            ONE_AT_A_TIME.name, ONE_AT_A_TIME, HALF_AT_A_TIME.name, HALF_AT_A_TIME, ALL_AT_ONCE.name, ALL_AT_ONCE);

    /** The predefined EC2/On-Premises configuration of that name. */
    public static Optional<DeploymentConfig> predefined(String name) {
        return Optional.ofNullable(PREDEFINED.get(name));
    }

    /** The minimum number of healthy instances, M, for a fleet of {@code instances}. */
    public int minimumHealthy(int instances) {
        return minimumHealthyHosts.of(instances);
    }

    /** How many instances may be offline (deployed to) at once: N − M, never below zero. */
    public int maxConcurrent(int instances) {
        return Math.max(0, instances - minimumHealthy(instances));
    }

    /** False when the minimum is already out of reach at the start (M ≥ N): HEALTH_CONSTRAINTS_INVALID. */
    public boolean canStart(int instances) {
        return instances > 0 && minimumHealthy(instances) < instances;
    }

    /** The success rule: at least M successful instances, and at least one. */
    public boolean succeeds(int instances, int succeeded) {
        return succeeded >= 1 && succeeded >= minimumHealthy(instances);
    }
}
