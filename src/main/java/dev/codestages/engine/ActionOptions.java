package dev.codestages.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code run}'s options tell the deploy and invoke players, kept in the execution's state so that a
 * decision later continues it alike: the {@code aws deploy get-deployment-group} / {@code get-deployment-config}
 * files given with {@code --deployment-group}, the instance count of {@code --instances} (null: the group's
 * own), automatic rollback forced on or off by {@code --rollback} / {@code --no-rollback} (null: the group's
 * setting, off by default), {@code --ignore-application-stop-failures}, and the local commands that stand for
 * Lambda functions ({@code --function NAME=COMMAND}).
 */
public record ActionOptions(List<Path> deploymentGroupFiles, Integer instances, Boolean rollback,
                            boolean ignoreApplicationStopFailures, Map<String, String> functions) {

    /** No option given. */
    public static final ActionOptions NONE = new ActionOptions(List.of(), null, null, false, Map.of());

    public ActionOptions {
        deploymentGroupFiles = List.copyOf(deploymentGroupFiles);
        functions = Map.copyOf(functions);
    }

    /** The same options with automatic rollback forced to {@code forced} (null: the group's setting). */
    public ActionOptions withRollback(Boolean forced) {
        return new ActionOptions(deploymentGroupFiles, instances, forced, ignoreApplicationStopFailures, functions);
    }
}
