package dev.codestages.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code run}'s options tell the deploy and invoke players, kept in the execution's state so that a
 * decision later continues it alike: the {@code aws deploy get-deployment-group} / {@code get-deployment-config}
 * files given with {@code --deployment-group}, the instance count of {@code --instances} (null: the group's
 * own), automatic rollback forced on or off by {@code --rollback} / {@code --no-rollback} (null: the group's
 * setting, off by default), {@code --ignore-application-stop-failures}, the local commands that stand for
 * Lambda functions ({@code --function NAME=COMMAND}, hook functions included), the configuration of a group no
 * template defines ({@code --deployment-config NAME}, null when not given) and the local commands for container
 * images ({@code --container IMAGE=COMMAND}).
 */
public record ActionOptions(List<Path> deploymentGroupFiles, Integer instances, Boolean rollback,
                            boolean ignoreApplicationStopFailures, Map<String, String> functions,
                            String deploymentConfig, Map<String, String> containers) {

    /** No option given. */
    public static final ActionOptions NONE = new ActionOptions(List.of(), null, null, false, Map.of());

    public ActionOptions {
        deploymentGroupFiles = List.copyOf(deploymentGroupFiles);
        functions = Map.copyOf(functions);
        containers = Map.copyOf(containers);
    }

    /** The options of the EC2/On-Premises deploy and invoke players only. */
    public ActionOptions(List<Path> deploymentGroupFiles, Integer instances, Boolean rollback,
                         boolean ignoreApplicationStopFailures, Map<String, String> functions) {
        this(deploymentGroupFiles, instances, rollback, ignoreApplicationStopFailures, functions, null, Map.of());
    }

    /** The same options with automatic rollback forced to {@code forced} (null: the group's setting). */
    public ActionOptions withRollback(Boolean forced) {
        return new ActionOptions(deploymentGroupFiles, instances, forced, ignoreApplicationStopFailures, functions,
                deploymentConfig, containers);
    }

    /** The same options with the Lambda and ECS players' part replaced by {@code compute}. */
    public ActionOptions withCompute(ComputeOptions compute) {
        return new ActionOptions(deploymentGroupFiles, instances, rollback, ignoreApplicationStopFailures,
                compute.functions(), compute.deploymentConfig(), compute.containers());
    }

    /** What the Lambda and ECS deployment players are told. */
    public ComputeOptions compute() {
        return new ComputeOptions(functions, deploymentConfig, containers);
    }
}
