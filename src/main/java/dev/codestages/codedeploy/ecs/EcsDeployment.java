package dev.codestages.codedeploy.ecs;

import dev.codestages.appspec.DeploymentType;
import dev.codestages.appspec.EcsAppspec;
import dev.codestages.codedeploy.DeploymentProgress;
import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentListener;
import dev.codestages.codedeploy.ServiceDeploymentResult;
import dev.codestages.codedeploy.TrafficWeights;
import dev.codestages.codedeploy.lambda.DeploymentClock;
import dev.codestages.codedeploy.lambda.HookFunctions;
import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import dev.codestages.codedeploy.lambda.TrafficStep;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Plays one CodeDeploy blue/green deployment on the Amazon ECS compute platform, locally: the events of
 * {@link DeploymentType#ECS} in order
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html,
 * deployment-steps-ecs.html). The original task set ("blue", from the service's current task definition) runs
 * from Start behind the production and the test listener; Install starts the replacement task set ("green")
 * from the new task definition; AllowTestTraffic sends the test listener to it; AllowTraffic shifts the
 * production listener along the deployment configuration's steps on the deployment clock; End waits the
 * termination wait and stops the original. The five hooks run as local functions ({@link HookFunctions}). A
 * failed hook after Install, or a stop (also an interrupt during a wait), sends both listeners back to the
 * original and stops the replacement,
 * as CodeDeploy's rollback does; a failure at BeforeInstall needs none. Task sets and listeners keep running
 * until {@link #close()}, so a caller can see who serves after the deployment.
 */
public final class EcsDeployment implements AutoCloseable {

    public static final String ORIGINAL = "blue";
    public static final String REPLACEMENT = "green";

    private final HookFunctions hooks;
    private final DeploymentClock clock;
    private final Map<String, String> containerCommands;
    private final Path directory;
    private final WeightedListener production;
    private final WeightedListener test;
    private LocalTaskSet original;
    private LocalTaskSet replacement;

    /**
     * @param containerCommands {@code --container} commands by image
     * @param directory where the task sets' commands run
     */
    public EcsDeployment(HookFunctions hooks, DeploymentClock clock, Map<String, String> containerCommands,
                         Path directory, RandomGenerator random) throws IOException {
        this.hooks = hooks;
        this.clock = clock;
        this.containerCommands = Map.copyOf(containerCommands);
        this.directory = directory;
        this.production = WeightedListener.open(random);
        try {
            this.test = WeightedListener.open(random);
        } catch (IOException e) {
            production.close();
            throw e;
        }
    }

    /** The production listener's port on 127.0.0.1. */
    public int productionPort() {
        return production.port();
    }

    /** The test listener's port on 127.0.0.1. */
    public int testPort() {
        return test.port();
    }

    /** True while the task set {@link #ORIGINAL} or {@link #REPLACEMENT} runs. */
    public boolean isRunning(String taskSet) {
        LocalTaskSet set = ORIGINAL.equals(taskSet) ? original : replacement;
        return set != null && set.isRunning();
    }

    /**
     * Plays the deployment.
     *
     * @param current the service's task definition before the deployment; null when it has none yet (then the
     *                production listener sends everything to the replacement once it takes traffic)
     * @param terminationWait how long the original keeps running after the traffic moved
     */
    public ServiceDeploymentResult play(String deploymentId, EcsAppspec appspec, TaskDefinition next,
                                        TaskDefinition current, LambdaDeploymentConfig config, Duration terminationWait,
                                        Supplier<Optional<String>> stop, ServiceDeploymentListener listener)
            throws IOException, InterruptedException {
        DeploymentProgress played = new DeploymentProgress(deploymentId, "service:" + appspec.containerName(),
                DeploymentType.ECS.order(), listener);
        listener.eventStarted("Start");
        try {
            if (current != null) {
                original = start(ORIGINAL, current, appspec, listener);
            }
        } catch (IOException e) {
            played.add(new LifecycleEventResult("Start", LifecycleEventResult.FAILED, null, null, e.getMessage()));
            return played.end(ServiceDeploymentResult.FAILED, false, e.getMessage());
        }
        routeAll(original);
        played.add(LifecycleEventResult.of("Start", LifecycleEventResult.SUCCEEDED));
        List<String> order = DeploymentType.ECS.order();
        try {
            for (String event : order.subList(1, order.size() - 1)) {
                listener.eventStarted(event);
                LifecycleEventResult result = play(event, appspec, next, config, stop, played, listener);
                played.add(result);
                if (result.failed()) {
                    boolean rollBack = replacement != null;
                    if (rollBack) {
                        rollBack(listener);
                    }
                    return played.end(result.message().startsWith("the deployment was stopped")
                            ? ServiceDeploymentResult.STOPPED : ServiceDeploymentResult.FAILED, rollBack, result.message());
                }
            }
        } catch (InterruptedException e) {
            rollBack(listener);
            throw e;
        }
        listener.eventStarted("End");
        try {
            clock.sleepUntil(clock.now().plus(terminationWait));
        } catch (InterruptedException e) {
            // stopped while the original task set waits to be terminated: CodeDeploy's "stop and roll back" of an
            // ECS blue/green deployment sends the traffic back to it (deployments-rollback-and-redeploy.html)
            rollBack(listener);
            throw e;
        }
        if (original != null) {
            original.close();
            listener.log("stopped the original task set after a wait of " + terminationWait.toMinutes() + " min");
        }
        played.add(LifecycleEventResult.of("End", LifecycleEventResult.SUCCEEDED));
        return played.end(ServiceDeploymentResult.SUCCEEDED, false, null);
    }

    private LifecycleEventResult play(String event, EcsAppspec appspec, TaskDefinition next,
                                      LambdaDeploymentConfig config, Supplier<Optional<String>> stop, DeploymentProgress played,
                                      ServiceDeploymentListener listener) throws IOException, InterruptedException {
        switch (event) {
            case "Install":
                try {
                    replacement = start(REPLACEMENT, next, appspec, listener);
                } catch (IOException e) {
                    return new LifecycleEventResult(event, LifecycleEventResult.FAILED, null, null, e.getMessage());
                }
                return LifecycleEventResult.of(event, LifecycleEventResult.SUCCEEDED);
            case "AllowTestTraffic":
                test.route(Map.of(replacement, 100));
                listener.log("test listener 127.0.0.1:" + test.port() + " -> " + REPLACEMENT);
                return LifecycleEventResult.of(event, LifecycleEventResult.SUCCEEDED);
            case "AllowTraffic":
                return allowTraffic(config, stop, played);
            default:
                String function = appspec.hooks().get(event);
                return function == null ? LifecycleEventResult.of(event, LifecycleEventResult.SKIPPED)
                        : hooks.run(event, function, played.deploymentId(), listener);
        }
    }

    private LifecycleEventResult allowTraffic(LambdaDeploymentConfig config, Supplier<Optional<String>> stop,
                                              DeploymentProgress played) throws InterruptedException {
        Instant start = clock.now();
        for (TrafficStep step : config.steps()) {
            // a stop is looked for while the next step waits, not only when it comes
            Optional<String> reason = clock.sleepUntil(start.plus(step.offset()), stop);
            if (reason.isPresent()) {
                return new LifecycleEventResult("AllowTraffic", LifecycleEventResult.FAILED, null, null,
                        "the deployment was stopped: " + reason.get());
            }
            Map<LocalTaskSet, Integer> weights = new LinkedHashMap<>();
            weights.put(original, 100 - step.newVersionPercent());
            weights.put(replacement, step.newVersionPercent());
            production.route(weights);
            played.traffic(TrafficWeights.split(clock.now(), ORIGINAL, REPLACEMENT, step.newVersionPercent()));
        }
        return LifecycleEventResult.of("AllowTraffic", LifecycleEventResult.SUCCEEDED);
    }

    private LocalTaskSet start(String name, TaskDefinition definition, EcsAppspec appspec,
                               ServiceDeploymentListener listener) throws IOException, InterruptedException {
        TaskDefinition.Container container = definition.container(appspec.containerName()).orElseThrow(() ->
                new IOException("the task definition " + definition.family() + " has no container named '"
                        + appspec.containerName() + "' (the AppSpec's LoadBalancerInfo ContainerName)"));
        String command = ContainerCommands.of(container, containerCommands);
        if (command == null) {
            throw new IOException("no local command for the image " + container.image() + " of container "
                    + container.name() + ": give run --container " + container.image() + "=COMMAND");
        }
        LocalTaskSet taskSet = LocalTaskSet.start(name, command, container.environment(), appspec.containerPort(),
                directory, listener::log);
        listener.log("task set " + name + " (" + definition.family() + ") listens on 127.0.0.1:" + taskSet.port());
        return taskSet;
    }

    private void routeAll(LocalTaskSet taskSet) {
        production.route(java.util.Collections.singletonMap(taskSet, 100));
        test.route(java.util.Collections.singletonMap(taskSet, 100));
    }

    private void rollBack(ServiceDeploymentListener listener) {
        routeAll(original);
        if (replacement != null) {
            replacement.close();
        }
        listener.log("rolled back: both listeners send everything to the original task set");
    }

    @Override
    public void close() {
        production.close();
        test.close();
        for (LocalTaskSet taskSet : new LocalTaskSet[] {original, replacement}) {
            if (taskSet != null) {
                taskSet.close();
            }
        }
    }
}
