package dev.codestages.codedeploy;

/**
 * A blue/green group's {@code BlueGreenDeploymentConfiguration}: when traffic moves to the replacement
 * instances ({@code DeploymentReadyOption}: {@code CONTINUE_DEPLOYMENT} at once, or
 * {@code STOP_DEPLOYMENT}: only when a ContinueDeployment ("Reroute traffic", here
 * {@code codestages continue}) comes within {@code WaitTimeInMinutes}, else the deployment is Stopped),
 * and what happens to the original instances after a success ({@code TerminateBlueInstancesOnDeploymentSuccess}:
 * {@code TERMINATE} after {@code TerminationWaitTimeInMinutes}, or {@code KEEP_ALIVE}: deregistered and
 * removed from the group, left running). Absent settings: reroute at once, terminate without a wait
 * (inferred: the API documents no defaults).
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentReadyOption.html">DeploymentReadyOption</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BlueInstanceTerminationOption.html">BlueInstanceTerminationOption</a>
 */
public record BlueGreenSettings(boolean waitForReroute, int waitTimeInMinutes, boolean terminateOriginals,
                                int terminationWaitTimeInMinutes) {

    /** Reroute at once; terminate the original instances at once. */
    public static final BlueGreenSettings DEFAULTS = new BlueGreenSettings(false, 0, true, 0);

    public BlueGreenSettings {
        if (waitTimeInMinutes < 0 || terminationWaitTimeInMinutes < 0) {
            throw new IllegalArgumentException("a wait time is never negative");
        }
    }

    /** Reads the API's words: {@code actionOnTimeout} and {@code action}, null when absent. */
    static BlueGreenSettings of(String actionOnTimeout, Integer waitTime, String terminationAction,
                                Integer terminationWait, String where) throws DeploymentGroupException {
        if (actionOnTimeout != null && !actionOnTimeout.equals("CONTINUE_DEPLOYMENT")
                && !actionOnTimeout.equals("STOP_DEPLOYMENT")) {
            throw new DeploymentGroupException(where + ": ActionOnTimeout is '" + actionOnTimeout
                    + "'; CodeDeploy knows CONTINUE_DEPLOYMENT and STOP_DEPLOYMENT");
        }
        if (terminationAction != null && !terminationAction.equals("TERMINATE")
                && !terminationAction.equals("KEEP_ALIVE")) {
            throw new DeploymentGroupException(where + ": the blue instance termination action is '"
                    + terminationAction + "'; CodeDeploy knows TERMINATE and KEEP_ALIVE");
        }
        return new BlueGreenSettings("STOP_DEPLOYMENT".equals(actionOnTimeout), waitTime == null ? 0 : waitTime,
                !"KEEP_ALIVE".equals(terminationAction), terminationWait == null ? 0 : terminationWait);
    }
}
