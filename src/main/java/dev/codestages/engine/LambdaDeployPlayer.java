package dev.codestages.engine;

import dev.codestages.appspec.AppspecRejectedException;
import dev.codestages.appspec.LambdaAppspec;
import dev.codestages.codedeploy.DeploymentIds;
import dev.codestages.codedeploy.ServiceDeploymentResult;
import dev.codestages.codedeploy.ServiceGroup;
import dev.codestages.codedeploy.lambda.HookFunctions;
import dev.codestages.codedeploy.lambda.LambdaDeployment;
import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import dev.codestages.codedeploy.lambda.LambdaStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CodeDeploy action for a deployment group of the AWS Lambda compute platform: reads the Lambda AppSpec of
 * the input artifact and plays it with {@link LambdaDeployment} on the project's function store, the engine's
 * clock and the group's configuration; the record gets the events with their hook functions and every traffic
 * step. See docs/lambda.md.
 */
final class LambdaDeployPlayer implements ActionPlayer {

    private final EngineClock clock;
    private final ComputeOptions options;
    private final LambdaDeploymentConfig config;
    private final Path revision;

    LambdaDeployPlayer(EngineClock clock, ComputeOptions options, LambdaDeploymentConfig config, Path revision) {
        this.clock = clock;
        this.options = options;
        this.config = config;
        this.revision = revision;
    }

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        if (revision == null) {
            return ActionOutcome.failed("ConfigurationError", "a CodeDeploy action needs an input artifact with the AppSpec");
        }
        LambdaAppspec appspec;
        try {
            appspec = LambdaAppspec.load(revision);
        } catch (AppspecRejectedException e) {
            return ActionOutcome.failed("JobFailed", e.getMessage() + ": " + e.findings().get(0).message());
        } catch (IOException e) {
            return ActionOutcome.failed("JobFailed", e.getMessage());
        }
        LambdaStore store = LambdaStore.in(run.store());
        LambdaDeployment deployment = new LambdaDeployment(store, new HookFunctions(ActionFunctions.of(run, options.functions())),
                new EngineDeploymentClock(clock));
        ServiceDeploymentResult result = deployment.play(DeploymentIds.next(), appspec, config, Optional::empty,
                new DeploymentLog(run.listener()));
        return ServiceDeploymentOutcome.of(result, run.configuration().getOrDefault("ApplicationName", "local-app"),
                run.configuration().getOrDefault("DeploymentGroupName", "LocalFleet"), ServiceGroup.LAMBDA);
    }
}
