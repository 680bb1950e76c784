package dev.codestages.codedeploy.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tests the traffic plans of {@link LambdaDeploymentConfig}. */
class LambdaDeploymentConfigTest {

    private static TrafficStep step(int minutes, int percent) {
        return new TrafficStep(Duration.ofMinutes(minutes), percent);
    }

    @Test
    void canaryTenPercentFiveMinutesShiftsTenPercentAtOnceAndTheRestFiveMinutesLater() throws Exception {
        assertThat(LambdaDeploymentConfig.named("CodeDeployDefault.LambdaCanary10Percent5Minutes").steps())
                .containsExactly(step(0, 10), step(5, 100));
    }

    @Test
    void everyPredefinedCanaryWaitsTheMinutesInItsName() throws Exception {
        for (int minutes : new int[] {5, 10, 15, 30}) {
            assertThat(LambdaDeploymentConfig.named("CodeDeployDefault.LambdaCanary10Percent" + minutes + "Minutes")
                    .steps()).containsExactly(step(0, 10), step(minutes, 100));
        }
    }

    @Test
    void linearTenPercentEveryThreeMinutesShiftsTenMoreAtTheStartOfEachIncrement() throws Exception {
        assertThat(LambdaDeploymentConfig.named("CodeDeployDefault.LambdaLinear10PercentEvery3Minutes").steps())
                .containsExactly(step(0, 10), step(3, 20), step(6, 30), step(9, 40), step(12, 50), step(15, 60),
                        step(18, 70), step(21, 80), step(24, 90), step(27, 100));
    }

    @Test
    void linearEveryMinuteIsNamedInTheSingular() throws Exception {
        assertThat(LambdaDeploymentConfig.named("CodeDeployDefault.LambdaLinear10PercentEvery1Minute").steps())
                .hasSize(10).last().isEqualTo(step(9, 100));
        assertThatThrownBy(() -> LambdaDeploymentConfig.named("CodeDeployDefault.LambdaLinear10PercentEvery1Minutes"))
                .isInstanceOf(LambdaException.class).hasMessageContaining("does not exist");
    }

    @Test
    void allAtOnceGivesTheNewVersionEverythingAtOnce() throws Exception {
        assertThat(LambdaDeploymentConfig.named("CodeDeployDefault.LambdaAllAtOnce").steps())
                .containsExactly(step(0, 100));
    }

    @Test
    void thereAreNinePredefinedLambdaConfigurations() {
        assertThat(LambdaDeploymentConfig.predefinedNames()).hasSize(9).allMatch(n -> n.startsWith("CodeDeployDefault.Lambda"));
    }

    @Test
    void aCustomLinearWhosePercentageDoesNotDivideAHundredEndsAtAHundred() throws Exception {
        assertThat(LambdaDeploymentConfig.timeBasedLinear("Thirds", 30, 2).steps())
                .containsExactly(step(0, 30), step(2, 60), step(4, 90), step(6, 100));
    }

    @Test
    void aCustomCanaryShiftsItsPercentageThenTheRest() throws Exception {
        assertThat(LambdaDeploymentConfig.timeBasedCanary("Canary25", 25, 7).steps())
                .containsExactly(step(0, 25), step(7, 100));
    }

    @Test
    void aCustomConfigurationOutsideTheLimitsIsRefused() {
        assertThatThrownBy(() -> LambdaDeploymentConfig.timeBasedCanary("Zero", 0, 5))
                .isInstanceOf(LambdaException.class).hasMessage("Zero: the TimeBasedCanary percentage 0 is not 1 to 100");
        assertThatThrownBy(() -> LambdaDeploymentConfig.timeBasedLinear("Slow", 1, 30))
                .isInstanceOf(LambdaException.class).hasMessageContaining("span 2970 minutes")
                .hasMessageContaining("at most 2880");
        assertThatThrownBy(() -> LambdaDeploymentConfig.timeBasedLinear("NoWait", 10, 0))
                .isInstanceOf(LambdaException.class).hasMessageContaining("interval 0");
    }
}
