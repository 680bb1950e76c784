package dev.codestages.codedeploy;

import dev.codestages.run.DeploymentResult;
import dev.codestages.run.StepStatus;
import java.nio.file.Path;

/**
 * One instance of a group deployment: its id and folder, how it ended (Succeeded, Failed, or Skipped
 * when the deployment stopped before it), the wave it was deployed in (1 for the first; 0 when skipped)
 * and what the agent did on it, with every lifecycle event and script (null when skipped).
 */
public record InstanceDeployment(String instanceId, Path folder, StepStatus status, int wave,
                                 DeploymentResult agent) {
}
