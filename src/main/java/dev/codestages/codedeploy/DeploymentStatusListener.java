package dev.codestages.codedeploy;

/**
 * Hears an EC2/On-Premises deployment change status while it plays, in the words of CodeDeploy's
 * GetDeployment ({@code DeploymentInfo.status}, https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentInfo.html):
 * {@code InProgress} from its start, {@code Ready} while a blue/green deployment waits for its traffic to be
 * rerouted (ContinueDeployment with READY_WAIT goes on), {@code InProgress} again after. Its end is the
 * {@link GroupDeploymentResult}. A rollback deployment is heard under its own id.
 */
public interface DeploymentStatusListener {

    /** Hears nothing. */
    DeploymentStatusListener NONE = (deploymentId, status) -> {
    };

    void changed(String deploymentId, String status);
}
