package dev.codestages.codedeploy;

/**
 * One lifecycle event of a Lambda or ECS deployment as it ended: its status in CodeDeploy's words
 * (Succeeded, Failed, Skipped), the hook function that ran at it and what that function said (null when the
 * event has no hook or is run by CodeDeploy itself, as AllowTraffic), and why it failed.
 *
 * @param exitCode the hook function's exit status, null when no function ran
 * @param message why the event failed, null when it did not
 */
public record LifecycleEventResult(String name, String status, String hookFunction, Integer exitCode,
                                   String message) {

    public static final String SUCCEEDED = "Succeeded";
    public static final String FAILED = "Failed";
    public static final String SKIPPED = "Skipped";

    /** An event CodeDeploy carried out itself, or one without a hook. */
    public static LifecycleEventResult of(String name, String status) {
        return new LifecycleEventResult(name, status, null, null, null);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }
}
