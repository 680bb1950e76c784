package dev.codestages.codedeploy;

import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;

/**
 * Passes what the agent says about one instance on to the group's listener, each step named
 * {@code <instance id> <event>} ({@code i-2 BeforeInstall}), so that a watcher of the whole group can
 * tell the instances apart.
 */
final class InstanceListener implements RunListener {

    private final String instanceId;
    private final RunListener group;

    InstanceListener(String instanceId, RunListener group) {
        this.instanceId = instanceId;
        this.group = group;
    }

    private String step(String step) {
        return instanceId + " " + step;
    }

    @Override
    public void started(String step) {
        group.started(step(step));
    }

    @Override
    public void output(String step, String line) {
        group.output(step(step), line);
    }

    @Override
    public void note(String step, String message) {
        group.note(step(step), message);
    }

    @Override
    public void finished(String step, StepStatus status, long durationMs) {
        group.finished(step(step), status, durationMs);
    }
}
