package dev.codestages.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.codedeploy.DeploymentConfig;
import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PL042 knows exactly the predefined configurations that the local CodeDeploy plays, on all three platforms. */
class PredefinedDeploymentConfigsTest {

    @Test
    void theRuleKnowsEveryPredefinedConfigurationThePlayersPlayAndNoOther() {
        List<String> played = new ArrayList<>(List.of("CodeDeployDefault.OneAtATime", "CodeDeployDefault.HalfAtATime",
                "CodeDeployDefault.AllAtOnce"));
        played.forEach(name -> assertThat(DeploymentConfig.predefined(name)).as(name).isPresent());
        played.addAll(LambdaDeploymentConfig.predefinedNames());
        played.addAll(LambdaDeploymentConfig.predefinedEcsNames());
        assertThat(DeploymentConfigUnknownRule.PREDEFINED_CONFIGS).containsExactlyInAnyOrderElementsOf(played);
    }
}
