package dev.codestages.codedeploy.lambda;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Plays the AllowTraffic event of a Lambda deployment: moves an alias of the store from the current to the
 * target version along a deployment configuration's {@link TrafficStep}s, each at its offset on the given
 * {@link DeploymentClock}. Between two steps the new version has the step's share as the alias's additional
 * version weight, as CodeDeploy does with the alias's routing configuration. A stop (or a failed check) before
 * a step, or an interrupt while waiting, moves the alias back to the current version with all the traffic:
 * CodeDeploy's rollback of a Lambda deployment ("Redeploy and roll back a deployment with CodeDeploy",
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html).
 */
public final class LambdaTrafficShifter {

    private final LambdaStore store;
    private final DeploymentClock clock;

    public LambdaTrafficShifter(LambdaStore store, DeploymentClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Checks what a deployment needs before its first event: the alias exists and both versions are
     * published (a version that is not fails with Lambda's "Function not found" message).
     */
    public void check(AliasShift shift) throws LambdaException, IOException {
        store.alias(shift.function(), shift.alias());
        for (String version : List.of(shift.currentVersion(), shift.targetVersion())) {
            if (LambdaNames.LATEST.equals(version) || !LambdaNames.isVersion(version)) {
                // the AppSpec's CurrentVersion and TargetVersion "must be a valid positive integer"
                throw new LambdaException("the version '" + version + "' of " + shift.function()
                        + " is not a published version number");
            }
            store.version(shift.function(), version);
        }
    }

    /**
     * Applies {@code steps} to the alias. {@code stop} is asked before each step and while waiting for it: a reason
     * stops the shift and rolls the alias back. Each applied step goes to {@code listener} as it happens.
     *
     * @throws InterruptedException after the alias is rolled back, when the thread was interrupted while waiting
     */
    public ShiftOutcome shift(AliasShift shift, List<TrafficStep> steps, Supplier<Optional<String>> stop,
                              Consumer<AppliedTrafficStep> listener) throws LambdaException, IOException,
            InterruptedException {
        check(shift);
        Instant start = clock.now();
        List<AppliedTrafficStep> applied = new ArrayList<>();
        for (TrafficStep step : steps) {
            Optional<String> reason;
            try {
                reason = clock.sleepUntil(start.plus(step.offset()), stop);
            } catch (InterruptedException e) {
                rollBack(shift);
                throw e;
            }
            if (reason.isPresent()) {
                rollBack(shift);
                return new ShiftOutcome(List.copyOf(applied), reason.get());
            }
            AppliedTrafficStep done = new AppliedTrafficStep(step, clock.now(), apply(shift, step.newVersionPercent()));
            applied.add(done);
            listener.accept(done);
        }
        return new ShiftOutcome(List.copyOf(applied), null);
    }

    /** Points the alias at the current version with all the traffic (after a failed hook, a stop, an alarm). */
    public AliasRouting rollBack(AliasShift shift) throws LambdaException, IOException {
        return store.setAlias(shift.function(), shift.alias(), shift.currentVersion());
    }

    private AliasRouting apply(AliasShift shift, int newVersionPercent) throws LambdaException, IOException {
        if (newVersionPercent <= 0) {
            return store.setAlias(shift.function(), shift.alias(), shift.currentVersion());
        }
        if (newVersionPercent >= 100) {
            return store.setAlias(shift.function(), shift.alias(), shift.targetVersion());
        }
        return store.setAlias(shift.function(), shift.alias(), shift.currentVersion(), shift.targetVersion(),
                newVersionPercent / 100.0);
    }
}
