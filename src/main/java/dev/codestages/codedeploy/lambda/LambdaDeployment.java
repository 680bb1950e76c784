package dev.codestages.codedeploy.lambda;

import dev.codestages.appspec.DeploymentType;
import dev.codestages.appspec.LambdaAppspec;
import dev.codestages.codedeploy.DeploymentProgress;
import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentListener;
import dev.codestages.codedeploy.ServiceDeploymentResult;
import dev.codestages.codedeploy.TrafficWeights;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plays one CodeDeploy deployment on the AWS Lambda compute platform: the events of
 * {@link DeploymentType#LAMBDA} in order (Start, BeforeAllowTraffic, AllowTraffic, AfterAllowTraffic, End,
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html), the
 * two hooks as local functions ({@link HookFunctions}) and AllowTraffic as the alias moving along the
 * deployment configuration's steps ({@link LambdaTrafficShifter}). Start checks the AppSpec's alias and both
 * versions, so a TargetVersion that is not published fails before any hook with Lambda's "Function not
 * found". A failed hook, a stop or an interrupt after Start puts the alias back on CurrentVersion with all the
 * traffic, as CodeDeploy's rollback of a Lambda deployment does
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html); the events
 * after a failed one are Skipped. No EC2 event (ApplicationStop, Install, ...) is ever played.
 */
public final class LambdaDeployment {

    private static final String START = "Start";
    private static final String ALLOW_TRAFFIC = "AllowTraffic";

    private final LambdaStore store;
    private final HookFunctions hooks;
    private final LambdaTrafficShifter shifter;

    public LambdaDeployment(LambdaStore store, HookFunctions hooks, DeploymentClock clock) {
        this.store = store;
        this.hooks = hooks;
        this.shifter = new LambdaTrafficShifter(store, clock);
    }

    /**
     * Plays the deployment {@code deploymentId} of {@code appspec} with {@code config}; {@code stop} is asked
     * before each traffic shift and gives a reason when the deployment is to stop.
     *
     * @throws InterruptedException after the alias is back on CurrentVersion, when the thread was interrupted
     */
    public ServiceDeploymentResult play(String deploymentId, LambdaAppspec appspec, LambdaDeploymentConfig config,
                                        Supplier<Optional<String>> stop, ServiceDeploymentListener listener)
            throws IOException, InterruptedException {
        AliasShift shift = new AliasShift(appspec.function(), appspec.alias(), appspec.currentVersion(),
                appspec.targetVersion());
        String target = shift.function() + ":" + shift.alias();
        List<String> order = DeploymentType.LAMBDA.order();
        DeploymentProgress played = new DeploymentProgress(deploymentId, target, order, listener);
        listener.eventStarted(START);
        try {
            shifter.check(shift);
        } catch (LambdaException e) {
            played.add(new LifecycleEventResult(START, LifecycleEventResult.FAILED, null, null, e.getMessage()));
            return played.end(ServiceDeploymentResult.FAILED, false, e.getMessage());
        }
        played.add(LifecycleEventResult.of(START, LifecycleEventResult.SUCCEEDED));
        listener.log("deploying " + target + " from version " + shift.currentVersion() + " to "
                + shift.targetVersion() + " with " + config.name());
        try {
            for (String event : order.subList(1, order.size() - 1)) {
                listener.eventStarted(event);
                LifecycleEventResult result;
                String[] stopped = new String[1];
                if (event.equals(ALLOW_TRAFFIC)) {
                    result = allowTraffic(shift, config, stop, played, stopped);
                } else if (appspec.hooks().containsKey(event)) {
                    result = hooks.run(event, appspec.hooks().get(event), deploymentId, listener);
                } else {
                    result = LifecycleEventResult.of(event, LifecycleEventResult.SKIPPED);
                }
                played.add(result);
                if (result.failed()) {
                    boolean moved = !event.equals(order.get(1));
                    shifter.rollBack(shift);
                    listener.log("rolled " + target + " back to version " + shift.currentVersion());
                    return played.end(stopped[0] != null ? ServiceDeploymentResult.STOPPED
                            : ServiceDeploymentResult.FAILED, moved, result.message());
                }
            }
        } catch (LambdaException e) {
            rollBackQuietly(shift);
            return played.end(ServiceDeploymentResult.FAILED, true, e.getMessage());
        } catch (InterruptedException e) {
            rollBackQuietly(shift);
            throw e;
        }
        listener.eventStarted(order.get(order.size() - 1));
        played.add(LifecycleEventResult.of(order.get(order.size() - 1), LifecycleEventResult.SUCCEEDED));
        return played.end(ServiceDeploymentResult.SUCCEEDED, false, null);
    }

    private LifecycleEventResult allowTraffic(AliasShift shift, LambdaDeploymentConfig config,
                                              Supplier<Optional<String>> stop, DeploymentProgress played, String[] stopped)
            throws LambdaException, IOException, InterruptedException {
        ShiftOutcome outcome = shifter.shift(shift, config.steps(), stop, step -> played.traffic(
                TrafficWeights.split(step.at(), shift.currentVersion(), shift.targetVersion(),
                        step.step().newVersionPercent())));
        if (outcome.completed()) {
            return LifecycleEventResult.of(ALLOW_TRAFFIC, LifecycleEventResult.SUCCEEDED);
        }
        stopped[0] = outcome.stopReason();
        return new LifecycleEventResult(ALLOW_TRAFFIC, LifecycleEventResult.FAILED, null, null,
                "the deployment was stopped: " + outcome.stopReason());
    }

    private void rollBackQuietly(AliasShift shift) {
        try {
            shifter.rollBack(shift);
        } catch (LambdaException | IOException e) {
            // interrupted while the store is unwritable: the stop goes on, the alias stays where it is
        }
    }
}
