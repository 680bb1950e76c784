package dev.codestages.engine;

import dev.codestages.appspec.AppspecRejectedException;
import dev.codestages.appspec.LambdaAppspec;
import dev.codestages.codedeploy.DeploymentIds;
import dev.codestages.codedeploy.ServiceDeploymentResult;
import dev.codestages.codedeploy.ServiceGroup;
import dev.codestages.codedeploy.lambda.HookFunctions;
import dev.codestages.codedeploy.lambda.LambdaDeployment;
import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.codedeploy.lambda.LambdaStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The CodeDeploy action for a deployment group of the AWS Lambda compute platform: reads the Lambda AppSpec of
 * the input artifact and plays it with {@link LambdaDeployment} on the project's function store, the engine's
 * clock and the group's configuration; the record shows the deployment from its start, with the events and
 * their hook functions and every traffic step as they happen. A stop and abandon of the execution, or a
 * StopDeployment of the deployment, stops the deployment and puts the alias back on CurrentVersion (after a
 * StopDeployment the action fails). See docs/lambda.md.
 */
final class LambdaDeployPlayer implements ActionPlayer {

    private final EngineClock clock;
    private final ComputeOptions options;
    private final LambdaDeploymentConfig config;
    private final Path revision;
    private final String application;
    private final String group;

    /** Plays {@code revision} (the unpacked input artifact) to the group {@code application}/{@code group}. */
    LambdaDeployPlayer(EngineClock clock, ComputeOptions options, LambdaDeploymentConfig config, Path revision,
                       String application, String group) {
        this.clock = clock;
        this.options = options;
        this.config = config;
        this.revision = revision;
        this.application = application;
        this.group = group;
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
        String id = DeploymentIds.next();
        LiveDeployment live = new LiveDeployment(run, clock, application, group, id, ServiceGroup.LAMBDA,
                appspec.function() + ":" + appspec.alias());
        ServiceDeploymentResult result;
        try {
            // a stop and abandon reaches the shift between two steps (stopNow) or in its wait (the interrupt)
            result = deployment.play(id, appspec, config, run.progress()::stopNow, live);
        } catch (InterruptedException e) {
            stopped(store, appspec, live);
            throw e;
        }
        if (Thread.interrupted()) {
            stopped(store, appspec, live);
            throw new InterruptedException("the execution was stopped");
        }
        return ServiceDeploymentOutcome.of(result, application, group, ServiceGroup.LAMBDA);
    }

    /**
     * A stop and abandon interrupted the deployment: the alias goes back on CurrentVersion with all the traffic,
     * as CodeDeploy rolls back a stopped Lambda deployment
     * (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html). The
     * deployment did that already unless the interrupt cut its own rollback short (a file write of the store is
     * interruptible), so it is done once more here, on a thread no longer interrupted.
     */
    private static void stopped(LambdaStore store, LambdaAppspec appspec, LiveDeployment live) {
        try {
            store.setAlias(appspec.function(), appspec.alias(), appspec.currentVersion());
        } catch (LambdaException | IOException e) {
            // no such alias or version: the deployment never moved it
        }
        live.stopped();
    }
}
