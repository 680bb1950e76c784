package dev.codestages.engine;

import java.util.Map;

/**
 * What {@code run} tells the Lambda and ECS deployment players beyond the pipeline: local commands for
 * functions ({@code --function NAME=COMMAND}, hook functions included), the deployment configuration of a
 * group that no template defines ({@code --deployment-config NAME}), and local commands for container images
 * ({@code --container IMAGE=COMMAND}, since no container runtime is assumed).
 *
 * @param deploymentConfig null when not given
 */
public record ComputeOptions(Map<String, String> functions, String deploymentConfig, Map<String, String> containers) {

    /** Nothing given. */
    public static final ComputeOptions NONE = new ComputeOptions(Map.of(), null, Map.of());

    public ComputeOptions {
        functions = Map.copyOf(functions);
        containers = Map.copyOf(containers);
    }
}
