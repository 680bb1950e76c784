package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.cli.Codestages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DeploymentGroupResolver#describe}: what the AWS API's GetDeploymentGroup and GetDeployment say of a
 * group is the engine's own reading of it, from the template of {@code init --fleet blue-green}, the Lambda
 * sample's template, or CodeDeploy's defaults.
 */
class DeploymentGroupDescriptionTest {

    @TempDir
    Path temp;

    private Path init(String name, String... options) {
        Path app = temp.resolve(name);
        String[] args = new String[options.length + 3];
        args[0] = "init";
        args[1] = app.toString();
        args[2] = "--no-git";
        System.arraycopy(options, 0, args, 3, options.length);
        assertThat(Codestages.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute(args)).isZero();
        return app;
    }

    @Test
    void aTemplatesBlueGreenGroupALambdaGroupAndAGroupWithoutDefinitionAreDescribedAsTheEngineReadsThem()
            throws Exception {
        Path fleet = init("fleet", "--fleet", "blue-green");
        assertThat(DeploymentGroupResolver.describe(ExecutionSetup.forProject(fleet, fleet.resolve("pipeline.yml"),
                temp.resolve("store")), "sample-app", "sample-fleet"))
                .isEqualTo(new DeploymentGroupResolver.Description("CodeDeployDefault.AllAtOnce", "BLUE_GREEN",
                        "WITH_TRAFFIC_CONTROL", "Server"));

        Path lambda = init("greeter", "--sample", "lambda");
        DeploymentGroupResolver.Description function = DeploymentGroupResolver.describe(ExecutionSetup.forProject(
                lambda, lambda.resolve("pipeline.yml"), temp.resolve("store")), "greeter", "greeter-live");
        assertThat(function.computePlatform()).isEqualTo("Lambda");
        assertThat(function.deploymentType()).isEqualTo("BLUE_GREEN");

        assertThat(DeploymentGroupResolver.describe(new ExecutionSetup(fleet, null, null, temp.resolve("instances"),
                Map.of(), Map.of(), ActionOptions.NONE), "web", "test"))
                .isEqualTo(new DeploymentGroupResolver.Description("CodeDeployDefault.OneAtATime", "IN_PLACE",
                        "WITHOUT_TRAFFIC_CONTROL", "Server"));
    }
}
