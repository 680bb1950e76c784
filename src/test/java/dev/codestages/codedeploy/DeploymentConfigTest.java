package dev.codestages.codedeploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests {@link DeploymentConfig} against the examples of the CodeDeploy user guide and API reference. */
class DeploymentConfigTest {

    private static DeploymentConfig custom(MinimumHealthyHosts.Type type, int value) {
        return new DeploymentConfig("Custom", new MinimumHealthyHosts(type, value));
    }

    @Test
    void halfAtATimeOnNineInstancesDeploysFourAtATimeAndNeedsFive() {
        assertThat(DeploymentConfig.HALF_AT_A_TIME.maxConcurrent(9)).isEqualTo(4);
        assertThat(DeploymentConfig.HALF_AT_A_TIME.succeeds(9, 4)).isFalse();
        assertThat(DeploymentConfig.HALF_AT_A_TIME.succeeds(9, 5)).isTrue();
    }

    @Test
    void oneAtATimeKeepsAllButOneHealthyAndSucceedsWhenOnlyTheLastFails() {
        assertThat(DeploymentConfig.ONE_AT_A_TIME.maxConcurrent(9)).isEqualTo(1);
        assertThat(DeploymentConfig.ONE_AT_A_TIME.succeeds(9, 8)).isTrue();
        assertThat(DeploymentConfig.ONE_AT_A_TIME.succeeds(9, 7)).isFalse();
    }

    @Test
    void oneAtATimeOnASingleInstanceSucceedsOnlyWhenThatInstanceDoes() {
        assertThat(DeploymentConfig.ONE_AT_A_TIME.canStart(1)).isTrue();
        assertThat(DeploymentConfig.ONE_AT_A_TIME.succeeds(1, 0)).isFalse();
        assertThat(DeploymentConfig.ONE_AT_A_TIME.succeeds(1, 1)).isTrue();
    }

    @Test
    void allAtOnceDeploysEverywhereAndNeedsOneSuccess() {
        assertThat(DeploymentConfig.ALL_AT_ONCE.maxConcurrent(9)).isEqualTo(9);
        assertThat(DeploymentConfig.ALL_AT_ONCE.succeeds(9, 0)).isFalse();
        assertThat(DeploymentConfig.ALL_AT_ONCE.succeeds(9, 1)).isTrue();
    }

    @Test
    void hostCountSixOfNineDeploysThreeAtATimeAndNeedsSix() {
        DeploymentConfig config = custom(MinimumHealthyHosts.Type.HOST_COUNT, 6);
        assertThat(config.maxConcurrent(9)).isEqualTo(3);
        assertThat(config.succeeds(9, 5)).isFalse();
        assertThat(config.succeeds(9, 6)).isTrue();
    }

    @Test
    void fleetPercentRoundsTheMinimumUp() {
        DeploymentConfig forty = custom(MinimumHealthyHosts.Type.FLEET_PERCENT, 40);
        assertThat(forty.minimumHealthy(9)).isEqualTo(4);
        assertThat(forty.maxConcurrent(9)).isEqualTo(5);
        assertThat(custom(MinimumHealthyHosts.Type.FLEET_PERCENT, 85).minimumHealthy(10)).isEqualTo(9);
    }

    @Test
    void aMinimumOfTheWholeFleetCannotStart() {
        assertThat(custom(MinimumHealthyHosts.Type.FLEET_PERCENT, 95).canStart(10)).isFalse();
        assertThat(custom(MinimumHealthyHosts.Type.HOST_COUNT, 10).canStart(10)).isFalse();
        assertThat(custom(MinimumHealthyHosts.Type.HOST_COUNT, 9).canStart(10)).isTrue();
        assertThat(DeploymentConfig.HALF_AT_A_TIME.canStart(1)).isFalse();
    }

    @Test
    void onlyTheThreePredefinedServerConfigurationsAreKnownByName() {
        assertThat(DeploymentConfig.predefined("CodeDeployDefault.HalfAtATime")).contains(DeploymentConfig.HALF_AT_A_TIME);
        assertThat(DeploymentConfig.predefined("CodeDeployDefault.LambdaAllAtOnce")).isEmpty();
    }
}
