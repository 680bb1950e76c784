package io.jenkins.plugins.codestages;

import dev.codestages.ci.WorkspaceDeploy;
import dev.codestages.run.DeploymentResult;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jenkins.agents.ControllerToAgentFileCallable;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code deployAppspec(bundle: 'BuildOutput.zip', target: 'instance', rollback: true)}: runs the
 * CodeDeploy lifecycle on the agent, deploying the bundle (a zip or a folder with the appspec at its
 * root) into an instance folder inside the workspace, with every event in the log; fails the stage on a
 * failed event and returns {@code [deploymentId:, status:, rolledBack:, events:]}.
 */
public class DeployAppspecStep extends Step {

    static final String DEFAULT_BUNDLE = "BuildOutput.zip";
    static final String DEFAULT_TARGET = "instance";

    private String bundle = DEFAULT_BUNDLE;
    private String target = DEFAULT_TARGET;
    private boolean rollback = true;

    @DataBoundConstructor
    public DeployAppspecStep() {
    }

    public String getBundle() {
        return bundle;
    }

    /** The revision bundle, a zip or a folder, relative to the workspace; null for the default. */
    @DataBoundSetter
    public void setBundle(String bundle) {
        this.bundle = Objects.requireNonNullElse(bundle, DEFAULT_BUNDLE);
    }

    public String getTarget() {
        return target;
    }

    /** The instance folder, relative to the workspace; null for the default. */
    @DataBoundSetter
    public void setTarget(String target) {
        this.target = Objects.requireNonNullElse(target, DEFAULT_TARGET);
    }

    public boolean isRollback() {
        return rollback;
    }

    /** Whether a failed deployment redeploys the last good revision. */
    @DataBoundSetter
    public void setRollback(boolean rollback) {
        this.rollback = rollback;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, bundle, target, rollback);
    }

    private static final class Execution extends CodestagesExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final String bundle;
        private final String target;
        private final boolean rollback;

        Execution(StepContext context, String bundle, String target, boolean rollback) {
            super(context, DescriptorImpl.FUNCTION);
            this.bundle = bundle;
            this.target = target;
            this.rollback = rollback;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            requireUnixAgent();
            StepOutcome outcome = workspace().act(new DeployCallable(bundle, target, rollback, environment(),
                    listener()));
            if (outcome.status == StepOutcome.Status.FAILED) {
                throw abort(outcome.message);
            }
            return outcome.summary;
        }
    }

    /**
     * Runs on the agent, logging to the build's {@link TaskListener}'s stream, which the library flushes
     * before it returns or throws: the failed hook's output and the rollback's notes come last. An abort
     * interrupts this thread, and the library stops the running hook script's process tree.
     */
    private static final class DeployCallable implements ControllerToAgentFileCallable<StepOutcome> {

        private static final long serialVersionUID = 1L;

        private final String bundle;
        private final String target;
        private final boolean rollback;
        private final HashMap<String, String> environment;
        private final TaskListener listener;

        DeployCallable(String bundle, String target, boolean rollback, HashMap<String, String> environment,
                       TaskListener listener) {
            this.bundle = bundle;
            this.target = target;
            this.rollback = rollback;
            this.environment = environment;
            this.listener = listener;
        }

        @Override
        public StepOutcome invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
            DeploymentResult result;
            try {
                result = WorkspaceDeploy.deploy(workspace.toPath(), bundle, target, rollback, environment,
                        listener.getLogger());
            } catch (IOException e) {
                return StepOutcome.refused(e.getMessage());
            }
            StepOutcome.Status status = result.succeeded() ? StepOutcome.Status.PASSED : StepOutcome.Status.FAILED;
            return StepOutcome.of(status, WorkspaceDeploy.failure(result), List.of(), WorkspaceDeploy.summary(result),
                    List.of());
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        static final String FUNCTION = "deployAppspec";

        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @Override
        public String getDisplayName() {
            return "Deploy a bundle with its CodeDeploy appspec into a local instance folder with codestages";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return CodestagesExecution.context(FilePath.class, TaskListener.class, EnvVars.class, Launcher.class);
        }
    }
}
