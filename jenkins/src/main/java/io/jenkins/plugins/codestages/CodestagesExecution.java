package io.jenkins.plugins.codestages;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.HashMap;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * What every codestages step execution needs from its context, with a clear message when a value is
 * missing (the descriptors list them as required context, so Pipeline normally refuses earlier).
 * Runs off the CPS thread as the user who started the build; it does not survive a controller restart.
 */
abstract class CodestagesExecution<T> extends SynchronousNonBlockingStepExecution<T> {

    private static final long serialVersionUID = 1L;

    private final String step;

    CodestagesExecution(StepContext context, String step) {
        super(context);
        this.step = step;
    }

    FilePath workspace() throws IOException, InterruptedException {
        FilePath workspace = getContext().get(FilePath.class);
        if (workspace == null) {
            throw new AbortException(step + " needs a workspace: call it inside node { } or a stage with an agent");
        }
        return workspace;
    }

    Run<?, ?> currentBuild() throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        if (run == null) {
            throw new AbortException(step + " runs only in a Pipeline build");
        }
        return run;
    }

    TaskListener listener() throws IOException, InterruptedException {
        TaskListener listener = getContext().get(TaskListener.class);
        if (listener == null) {
            throw new AbortException(step + " has no build log to write to");
        }
        return listener;
    }

    /** The build's environment as a plain map that can travel to the agent. */
    HashMap<String, String> environment() throws IOException, InterruptedException {
        EnvVars env = getContext().get(EnvVars.class);
        return env == null ? new HashMap<>() : new HashMap<>(env);
    }

    /** Fails the step with the outcome's message, written as the step's own, without a stack trace. */
    AbortException abort(String message) {
        return new AbortException(step + ": " + message);
    }
}
