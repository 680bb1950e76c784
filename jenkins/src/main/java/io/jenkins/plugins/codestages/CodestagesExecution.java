package io.jenkins.plugins.codestages;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * What every codestages step execution needs from its context, with a clear message when a value is
 * missing (the descriptors list them as required context, so Pipeline normally refuses earlier).
 * Runs off the CPS thread as the user who started the build. It does not survive a controller restart:
 * a step running then fails when the build resumes (SynchronousNonBlockingStepExecution's
 * {@code onResume}), and the agent-side work is lost with the channel; rerun the stage.
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

    /**
     * Refuses agents that are not Unix before anything runs there: the library starts every command with
     * {@code bash}, in a session of its own ({@code setsid}), reads its input from {@code /dev/null} and
     * stops it with {@code kill}, none of which a Windows agent has.
     */
    void requireUnixAgent() throws IOException, InterruptedException {
        Launcher launcher = getContext().get(Launcher.class);
        if (launcher == null) {
            throw new AbortException(step + " needs an agent: call it inside node { } or a stage with an agent");
        }
        if (!launcher.isUnix()) {
            throw new AbortException(step + " runs commands with bash, setsid and kill and needs a Linux or macOS"
                    + " agent; this agent is not Unix (Windows agents are not supported)");
        }
    }

    /**
     * A step's required context in the order given: Pipeline names the missing ones in this set's order,
     * so the message reads the same every time ({@code Set.of} would shuffle it).
     */
    static Set<Class<?>> context(Class<?>... types) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(types)));
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
